package org.emplaw.ca.wage.pay.minimumwage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.ca.wage.pay.PayPeriodAnalysis;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;

import static org.emplaw.ca.wage.pay.Figures.cents;
import static org.emplaw.ca.wage.pay.Figures.n;

/**
 * Minimum wage for a pay period (Lab. Code 1182.12, 1194, 1197; local ordinances; industry minimums): every hour
 * worked is owed at least the minimum in force on that day for that place and employer, the highest of the federal,
 * state, local and industry minimums ({@link ApplicableMinimumWage}). The shortfall is the minimum wages due for the
 * hours worked less the wages credited toward them.
 *
 * <p>Credited: straight-time wages, salary, commissions, piece-rate earnings, shift premiums and nondiscretionary
 * bonuses, and the straight-time part of overtime pay (overtime pay / its multiplier). Not credited: meal and rest
 * premiums (not pay for hours worked), discretionary bonuses, paid leave, reimbursements and other pay. For an hourly
 * employee the comparison is also made hour by hour at the hourly rate (no averaging of an hourly rate below the
 * minimum with other pay: Armenta v. Osmose, Inc. (2005) 135 Cal.App.4th 314), and the larger shortfall is owed.
 */
public final class PayPeriodMinimumWage {
    public static final String QUESTION = "Were all hours worked in the pay period paid at least the applicable minimum wage?";

    private static final Set<PayKind> CREDITED = EnumSet.of(PayKind.STRAIGHT_TIME, PayKind.SALARY, PayKind.COMMISSION,
            PayKind.PIECE, PayKind.SHIFT_PREMIUM, PayKind.BONUS_PRODUCTION, PayKind.BONUS_FLAT_SUM);

    private PayPeriodMinimumWage() {
    }

    public static Finding evaluate(PayPeriodAnalysis a, LawBook law) {
        return Figures.guarded(QUESTION, a.subject(), () -> compute(a, law));
    }

    static Finding compute(PayPeriodAnalysis a, LawBook law) {
        Employee e = a.employee();
        Finding.Builder b = Finding.of(QUESTION, a.subject());
        List<ApplicableMinimumWage> mins = new ArrayList<>();
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        List<String> dueParts = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<WorkDay> days = new ArrayList<>(a.period().days());
        days.sort(java.util.Comparator.comparing(WorkDay::date));
        for (WorkDay d : days) {
            if (d.hoursWorked().signum() == 0) {
                continue;
            }
            ApplicableMinimumWage m = ApplicableMinimumWage.on(e, d, law);
            mins.add(m);
            hours = hours.add(d.hoursWorked());
            due = due.add(d.hoursWorked().multiply(m.rate()));
            dueParts.add(n(d.hoursWorked()) + " h x " + n(m.rate()));
            for (ParameterValue v : m.used()) {
                // one entry per dated row: the same row applied on several days is listed once
                if (seen.add(v.name() + "[" + v.qualifier() + "]<" + v.effectiveFrom() + ">")) {
                    b.parameter(v);
                }
            }
            m.warnings().forEach(b::warning);
        }
        // credited wages
        BigDecimal credited = BigDecimal.ZERO;
        List<String> creditParts = new ArrayList<>();
        ParameterValue m15 = null;
        ParameterValue m2 = null;
        for (PayItem i : a.period().pay()) {
            if (CREDITED.contains(i.kind())) {
                credited = credited.add(i.amount());
                creditParts.add(i.kind().name().toLowerCase(Locale.ROOT) + " " + n(i.amount()));
            } else if (i.kind() == PayKind.OVERTIME || i.kind() == PayKind.DOUBLE_TIME) {
                ParameterValue mult;
                if (i.kind() == PayKind.OVERTIME) {
                    m15 = m15 == null ? law.value("ca_ot_multiplier_time_and_a_half", null, a.period().start()) : m15;
                    mult = m15;
                } else {
                    m2 = m2 == null ? law.value("ca_ot_multiplier_double_time", null, a.period().start()) : m2;
                    mult = m2;
                }
                b.parameter(mult);
                BigDecimal part = Figures.divide(i.amount(), mult.decimal());
                credited = credited.add(part);
                creditParts.add(i.kind().name().toLowerCase(Locale.ROOT) + " " + n(i.amount()) + " / "
                        + Figures.x(mult.decimal()) + " = " + n(part));
            }
        }
        BigDecimal periodShortfall = due.subtract(credited).max(BigDecimal.ZERO);
        BigDecimal hourlyShortfall = BigDecimal.ZERO;
        String hourlyText = null;
        if (e.payBasis() == PayBasis.HOURLY && e.hourlyRate() != null) {
            List<String> parts = new ArrayList<>();
            for (ApplicableMinimumWage m : mins) {
                BigDecimal gap = m.rate().subtract(e.hourlyRate());
                if (gap.signum() > 0) {
                    BigDecimal h = hoursOn(days, m.date());
                    hourlyShortfall = hourlyShortfall.add(h.multiply(gap));
                    parts.add(m.date() + " " + n(h) + " h x (" + n(m.rate()) + " - " + n(e.hourlyRate()) + ")");
                }
            }
            if (!parts.isEmpty()) {
                hourlyText = String.join(" + ", parts) + " = " + n(hourlyShortfall) + " USD";
            }
        }
        BigDecimal owed = cents(periodShortfall.max(hourlyShortfall));
        b.outcome(owed.signum() > 0 ? Outcome.NOT_MET : Outcome.MET);
        b.reason(explainDays(mins, days) + "; minimum wages due " + cents(due).toPlainString() + " USD, wages credited "
                + cents(credited).toPlainString() + " USD" + (owed.signum() > 0 ? ", short " + owed.toPlainString() + " USD" : ""));
        b.amount(new Amount("hours_worked", hours, "hours", "hours worked in pay period " + a.period().id()));
        b.amount(Amount.usd("minimum_wages_due", cents(due), (dueParts.isEmpty() ? "0" : String.join(" + ", dueParts))
                + " = " + n(due) + " USD, rounded to the cent"));
        b.amount(Amount.usd("wages_credited", cents(credited), (creditParts.isEmpty() ? "no wages" : String.join(" + ", creditParts))
                + " = " + n(credited) + " USD (meal and rest premiums, discretionary bonuses, paid leave and reimbursements are not credited)"));
        String owedText = "max(0, minimum wages due " + n(due) + " - wages credited " + n(credited) + ") = " + n(periodShortfall) + " USD";
        if (hourlyText != null) {
            owedText += "; hour by hour at the hourly rate (no averaging, Armenta v. Osmose): " + hourlyText
                    + "; the larger is owed, rounded to the cent: " + owed.toPlainString() + " USD";
            b.citation("Armenta v. Osmose, Inc. (2005) 135 Cal.App.4th 314");
        } else {
            owedText += ", rounded to the cent: " + owed.toPlainString() + " USD";
        }
        b.amount(Amount.usd("owed", owed, owedText));
        b.choice("wages are compared with the minimum for the pay period as a whole, crediting the straight-time part of"
                + " overtime pay; an hourly employee is also checked hour by hour at the hourly rate");
        b.citation("Lab. Code 1182.12").citation("Lab. Code 1197").citation("29 U.S.C. 206");
        b.fact("work_location", e.workLocation()).fact("employer_headcount", e.employerHeadcount())
                .fact("industry", e.industry()).fact("pay_basis", e.payBasis());
        return b.build();
    }

    private static BigDecimal hoursOn(List<WorkDay> days, java.time.LocalDate d) {
        for (WorkDay w : days) {
            if (w.date().equals(d)) {
                return w.hoursWorked();
            }
        }
        return BigDecimal.ZERO;
    }

    /** Groups consecutive days with the same minimum and binding layer: "2024-06-24..2024-06-28 (40.00 h) at 17.28 ...". */
    static String explainDays(List<ApplicableMinimumWage> mins, List<WorkDay> days) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < mins.size()) {
            ApplicableMinimumWage first = mins.get(i);
            int j = i;
            BigDecimal h = BigDecimal.ZERO;
            while (j < mins.size() && mins.get(j).rate().compareTo(first.rate()) == 0
                    && mins.get(j).bound().equals(first.bound())) {
                h = h.add(hoursOn(days, mins.get(j).date()));
                j++;
            }
            ApplicableMinimumWage last = mins.get(j - 1);
            String range = first.date().equals(last.date()) ? first.date().toString() : first.date() + ".." + last.date();
            out.add(range + " (" + n(h) + " h) at " + n(first.rate()) + " USD/h, bound by the " + first.bound()
                    + " [" + String.join(", ", first.layers()) + "]");
            i = j;
        }
        return out.isEmpty() ? "no hours worked" : String.join("; ", out);
    }
}
