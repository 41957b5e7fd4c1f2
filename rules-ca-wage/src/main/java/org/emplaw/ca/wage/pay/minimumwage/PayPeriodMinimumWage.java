package org.emplaw.ca.wage.pay.minimumwage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
        ApplicableMinimumWage.Finder finder = new ApplicableMinimumWage.Finder(e, law);
        // the days with hours worked and the minimum on each (same index); neither list changes after the loop
        List<WorkDay> worked = new ArrayList<>();
        List<ApplicableMinimumWage> mins = new ArrayList<>();
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        List<ParameterValue> rows = new ArrayList<>();
        for (WorkDay d : a.days()) {
            if (d.hoursWorked().signum() == 0) {
                continue;
            }
            ApplicableMinimumWage m = finder.on(d);
            worked.add(d);
            mins.add(m);
            hours = hours.add(d.hoursWorked());
            due = due.add(d.hoursWorked().multiply(m.rate()));
            List<ApplicableMinimumWage.Layer> layers = m.layers();
            for (int k = 0; k < layers.size(); k++) {
                // one entry per dated row: the same row applied on several days is listed once
                ParameterValue v = layers.get(k).value();
                if (firstOfRow(rows, v)) {
                    b.parameter(v);
                }
            }
            for (int k = 0; k < m.warnings().size(); k++) {
                b.warning(m.warnings().get(k));
            }
        }
        // credited wages
        List<PayItem> pay = a.period().pay();
        BigDecimal credited = BigDecimal.ZERO;
        ParameterValue m15 = null;
        ParameterValue m2 = null;
        for (PayItem i : pay) {
            if (CREDITED.contains(i.kind())) {
                credited = credited.add(i.amount());
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
                credited = credited.add(Figures.divide(i.amount(), mult.decimal()));
            }
        }
        BigDecimal periodShortfall = due.subtract(credited).max(BigDecimal.ZERO);
        BigDecimal hourlyShortfall = BigDecimal.ZERO;
        BigDecimal hourlyRate = e.hourlyRate();
        boolean hourlyShort = false;
        if (e.payBasis() == PayBasis.HOURLY && hourlyRate != null) {
            for (int i = 0; i < mins.size(); i++) {
                BigDecimal gap = mins.get(i).rate().subtract(hourlyRate);
                if (gap.signum() > 0) {
                    hourlyShortfall = hourlyShortfall.add(worked.get(i).hoursWorked().multiply(gap));
                    hourlyShort = true;
                }
            }
        }
        BigDecimal owed = cents(periodShortfall.max(hourlyShortfall));
        b.outcome(owed.signum() > 0 ? Outcome.NOT_MET : Outcome.MET);

        // the explanation, written when read (every value captured below is immutable or no longer changed)
        BigDecimal totalDue = due;
        BigDecimal totalCredited = credited;
        BigDecimal hourlyTotal = hourlyShortfall;
        ParameterValue overtimeMultiplier = m15;
        ParameterValue doubleTimeMultiplier = m2;
        String periodId = a.period().id();
        b.reason(() -> explainDays(mins, worked) + "; minimum wages due " + cents(totalDue).toPlainString()
                + " USD, wages credited " + cents(totalCredited).toPlainString() + " USD"
                + (owed.signum() > 0 ? ", short " + owed.toPlainString() + " USD" : ""));
        b.amount(Amount.lazy("hours_worked", hours, "hours", () -> "hours worked in pay period " + periodId));
        b.amount(Amount.lazy("minimum_wages_due", cents(due), "USD", () -> explainDue(mins, worked, totalDue)));
        b.amount(Amount.lazy("wages_credited", cents(credited), "USD",
                () -> explainCredited(pay, overtimeMultiplier, doubleTimeMultiplier, totalCredited)));
        if (hourlyShort) {
            b.citation("Armenta v. Osmose, Inc. (2005) 135 Cal.App.4th 314");
        }
        boolean byTheHour = hourlyShort;
        b.amount(Amount.lazy("owed", owed, "USD", () -> explainOwed(totalDue, totalCredited, periodShortfall,
                byTheHour ? explainHourly(mins, worked, hourlyRate, hourlyTotal) : null, owed)));
        b.choice("wages are compared with the minimum for the pay period as a whole, crediting the straight-time part of"
                + " overtime pay; an hourly employee is also checked hour by hour at the hourly rate");
        b.citation("Lab. Code 1182.12").citation("Lab. Code 1197").citation("29 U.S.C. 206");
        b.fact("work_location", e.workLocation()).fact("employer_headcount", e.employerHeadcount())
                .fact("industry", e.industry()).fact("pay_basis", e.payBasis());
        return b.build();
    }

    /**
     * Whether {@code v} is the first use of its dated row (same name, qualifier and effective date) in the pay period;
     * remembers it in {@code rows}. A pay period uses only a handful of rows, so a list is enough.
     */
    private static boolean firstOfRow(List<ParameterValue> rows, ParameterValue v) {
        for (int i = 0; i < rows.size(); i++) {
            ParameterValue r = rows.get(i);
            if (r == v) {
                return false;
            }
            if (r.name().equals(v.name()) && Objects.equals(r.qualifier(), v.qualifier())
                    && Objects.equals(r.effectiveFrom(), v.effectiveFrom())) {
                return false;
            }
        }
        rows.add(v);
        return true;
    }

    /** "8.00 h x 16.00 + ... = 256.00 USD, rounded to the cent". */
    private static String explainDue(List<ApplicableMinimumWage> mins, List<WorkDay> worked, BigDecimal due) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < mins.size(); i++) {
            if (i > 0) {
                sb.append(" + ");
            }
            sb.append(n(worked.get(i).hoursWorked())).append(" h x ").append(n(mins.get(i).rate()));
        }
        if (mins.isEmpty()) {
            sb.append('0');
        }
        return sb.append(" = ").append(n(due)).append(" USD, rounded to the cent").toString();
    }

    /** The credited pay items, the overtime ones at their straight-time part (amount / multiplier). */
    private static String explainCredited(List<PayItem> pay, ParameterValue m15, ParameterValue m2, BigDecimal credited) {
        List<String> parts = new ArrayList<>();
        for (PayItem i : pay) {
            String kind = i.kind().name().toLowerCase(Locale.ROOT);
            if (CREDITED.contains(i.kind())) {
                parts.add(kind + " " + n(i.amount()));
            } else if (i.kind() == PayKind.OVERTIME || i.kind() == PayKind.DOUBLE_TIME) {
                ParameterValue mult = i.kind() == PayKind.OVERTIME ? m15 : m2;
                parts.add(kind + " " + n(i.amount()) + " / " + Figures.x(mult.decimal()) + " = "
                        + n(Figures.divide(i.amount(), mult.decimal())));
            }
        }
        return (parts.isEmpty() ? "no wages" : String.join(" + ", parts)) + " = " + n(credited)
                + " USD (meal and rest premiums, discretionary bonuses, paid leave and reimbursements are not credited)";
    }

    /** The hour-by-hour comparison at the hourly rate (days whose minimum exceeds it). */
    private static String explainHourly(List<ApplicableMinimumWage> mins, List<WorkDay> worked, BigDecimal hourlyRate,
                                        BigDecimal shortfall) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < mins.size(); i++) {
            ApplicableMinimumWage m = mins.get(i);
            if (m.rate().subtract(hourlyRate).signum() > 0) {
                parts.add(m.date() + " " + n(worked.get(i).hoursWorked()) + " h x (" + n(m.rate()) + " - "
                        + n(hourlyRate) + ")");
            }
        }
        return String.join(" + ", parts) + " = " + n(shortfall) + " USD";
    }

    /** The shortfall for the period, and hour by hour when {@code hourlyText} is given; the larger is owed. */
    private static String explainOwed(BigDecimal due, BigDecimal credited, BigDecimal periodShortfall, String hourlyText,
                                      BigDecimal owed) {
        String text = "max(0, minimum wages due " + n(due) + " - wages credited " + n(credited) + ") = "
                + n(periodShortfall) + " USD";
        if (hourlyText != null) {
            return text + "; hour by hour at the hourly rate (no averaging, Armenta v. Osmose): " + hourlyText
                    + "; the larger is owed, rounded to the cent: " + owed.toPlainString() + " USD";
        }
        return text + ", rounded to the cent: " + owed.toPlainString() + " USD";
    }

    /**
     * Groups consecutive days with the same minimum and binding layer: "2024-06-24..2024-06-28 (40.00 h) at 17.28 ...".
     * {@code worked} holds the day of each minimum (same index).
     */
    static String explainDays(List<ApplicableMinimumWage> mins, List<WorkDay> worked) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < mins.size()) {
            ApplicableMinimumWage first = mins.get(i);
            String bound = first.bound();
            int j = i;
            BigDecimal h = BigDecimal.ZERO;
            while (j < mins.size() && mins.get(j).rate().compareTo(first.rate()) == 0
                    && mins.get(j).bound().equals(bound)) {
                h = h.add(worked.get(j).hoursWorked());
                j++;
            }
            ApplicableMinimumWage last = mins.get(j - 1);
            String range = first.date().equals(last.date()) ? first.date().toString() : first.date() + ".." + last.date();
            out.add(range + " (" + n(h) + " h) at " + n(first.rate()) + " USD/h, bound by the " + bound
                    + " [" + String.join(", ", first.layerTexts()) + "]");
            i = j;
        }
        return out.isEmpty() ? "no hours worked" : String.join("; ", out);
    }
}
