package org.emplaw.ca.wage.pay.breaks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.emplaw.ca.wage.pay.Coverage;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.ca.wage.pay.PayPeriodAnalysis;
import org.emplaw.ca.wage.pay.overtime.RegularRate;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;

import static org.emplaw.ca.wage.pay.Figures.cents;
import static org.emplaw.ca.wage.pay.Figures.n;
import static org.emplaw.ca.wage.pay.Figures.x;

/**
 * The premium of Lab. Code 226.7(c) (Wage Order 4 sections 11(D), 12(B)): one additional hour of pay at the regular
 * rate of compensation for each workday a compliant meal period (or rest period) is not provided, at most one of each
 * per workday. The regular rate of compensation is the overtime regular rate, nondiscretionary pay included (Ferra v.
 * Loews Hollywood Hotel, LLC (2021) 11 Cal.5th 858). Premiums paid in the pay period are attributed to its violation
 * days in date order.
 *
 * <p>Findings: one per workday without a compliant period (NOT_MET, with the premium due, paid and owed) or whose
 * facts are missing (INSUFFICIENT_FACTS), and one MET finding per workweek for the workdays that complied (subject
 * {@code employee X workweek <start>}, amount {@code compliant_workdays}, each day's decision in the reason, each dated
 * row of law once, as applied on the first compliant day). Before
 * 2026-11 compliant days had a finding each; grouping them by workweek keeps every rule id, premium and owed amount and
 * every count of violations, and makes a pay period five to ten findings instead of twenty (see BENCHMARKS.md).
 */
final class BreakPremium {
    /** The decision for one workday, before the premium is priced. */
    record DayDecision(WorkDay day, boolean required, boolean provided, String reason, List<ParameterValue> used,
                       List<String> missing) {
    }

    /** Decides every workday of the period and prices the premium for each day without a compliant period. */
    interface Decider {
        DayDecision decide(WorkDay d, LawBook law);
    }

    private BreakPremium() {
    }

    /** A workday on which the required period was provided, kept for its workweek's finding. */
    private record Compliant(WorkDay day, DayDecision decision) {
    }

    static List<Finding> evaluate(PayPeriodAnalysis a, LawBook law, String question, PayKind premiumKind, String what,
                                  Decider decider) {
        List<WorkDay> days = new ArrayList<>(a.period().days());
        days.sort(Comparator.comparing(WorkDay::date));
        List<Finding> out = new ArrayList<>();
        BigDecimal paidLeft = a.paid(premiumKind);
        Coverage c = a.coverage();
        DayOfWeek weekStart = a.period().workweekStart();
        Map<LocalDate, List<Compliant>> compliantByWeek = new LinkedHashMap<>();
        for (WorkDay d : days) {
            String subject = a.daySubject(d.date());
            Finding f = Figures.guarded(question, subject, () -> {
                DayDecision dd = decider.decide(d, law);
                if (!dd.required()) {
                    return null;
                }
                if (dd.provided() && dd.missing().isEmpty()) {
                    // compliant: reported once for its workweek, with the other compliant days of the week
                    LocalDate key = weekStart == null ? a.period().start() : d.date().with(TemporalAdjusters.previousOrSame(weekStart));
                    compliantByWeek.computeIfAbsent(key, k -> new ArrayList<>()).add(new Compliant(d, dd));
                    return null;
                }
                Finding.Builder b = Finding.of(question, subject);
                dd.used().forEach(b::parameter);
                dd.missing().forEach(b::missing);
                b.fact("hours_worked", d.hoursWorked());
                if (!dd.missing().isEmpty()) {
                    return b.outcome(Outcome.INSUFFICIENT_FACTS).reason(dd.reason()).build();
                }
                ParameterValue hours = law.value("ca_break_premium_hours", null, d.date());
                b.parameter(hours);
                RegularRate r = a.regularRate();
                r.parameters().forEach(b::parameter);
                BigDecimal premium = cents(hours.decimal().multiply(r.rate()));
                b.amount(new Amount("regular_rate", r.rate(), "USD/hour", r.explain()));
                b.amount(Amount.usd("premium_due", premium, x(hours.decimal()) + " h x regular rate of compensation "
                        + n(r.rate()) + " USD/h (Ferra) = " + premium.toPlainString() + " USD"));
                return b.outcome(Outcome.NOT_MET).reason(dd.reason()).build();
            });
            if (f == null) {
                continue;
            }
            if (f.outcome() == Outcome.NOT_MET && f.amount("premium_due") != null) {
                BigDecimal due = f.amount("premium_due").value();
                BigDecimal paid = paidLeft.min(due);
                paidLeft = paidLeft.subtract(paid);
                BigDecimal owed = due.subtract(paid);
                Finding.Builder b = f.toBuilder();
                b.amount(Amount.usd("premium_paid", paid, what + " premiums paid in pay period " + a.period().id()
                        + " attributed to its violation days in date order"));
                b.amount(Amount.usd("owed", owed, "premium due " + due.toPlainString() + " - premium paid "
                        + paid.toPlainString() + " = " + owed.toPlainString() + " USD"));
                b.reason(f.reason() + "; premium due " + due.toPlainString() + " USD, paid " + paid.toPlainString() + " USD");
                f = b.build();
            }
            out.add(undecided(a, c, f));
        }
        for (Map.Entry<LocalDate, List<Compliant>> w : compliantByWeek.entrySet()) {
            out.add(undecided(a, c, compliantWeek(a, question, what, weekStart == null ? null : w.getKey(), w.getValue())));
        }
        return out;
    }

    /** The outcome of a decided day or week carries an undecided exemption that would also remove meal and rest periods. */
    private static Finding undecided(PayPeriodAnalysis a, Coverage c, Finding f) {
        if (c.mealRestUndecided() && f.outcome().decided()) {
            return f.toBuilder().outcome(c.overtimeExempt())
                    .reason(f.reason() + "; this applies only if the employee is not exempt: " + c.describe())
                    .missing("exemption determination for " + a.employee().subject()).build();
        }
        return f;
    }

    /**
     * One MET finding for the workdays of a workweek (or, without a workweek start, of the pay period) on which the
     * required period was provided: no premium is owed for them. Each day's decision is written out in the reason.
     */
    private static Finding compliantWeek(PayPeriodAnalysis a, String question, String what, LocalDate weekStart,
                                         List<Compliant> days) {
        String subject = weekStart == null ? a.subject() : a.weekSubject(weekStart);
        Finding.Builder b = Finding.of(question, subject).outcome(Outcome.MET);
        StringBuilder reason = new StringBuilder("the ").append(what).append(" periods required were provided on ")
                .append(days.size()).append(days.size() == 1 ? " workday" : " workdays").append(", so no premium is owed for them: ");
        StringBuilder dates = new StringBuilder();
        java.util.Set<String> rows = new java.util.HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            Compliant d = days.get(i);
            for (ParameterValue v : d.decision().used()) {
                // one entry per dated row: the same row applied on several days of the week is listed once (first day)
                if (rows.add(v.name() + "[" + v.qualifier() + "]<" + v.effectiveFrom() + ">")) {
                    b.parameter(v);
                }
            }
            if (i > 0) {
                reason.append("; ");
                dates.append(", ");
            }
            reason.append(d.day().date()).append(": ").append(d.decision().reason());
            dates.append(d.day().date());
        }
        b.reason(reason.toString());
        b.amount(new Amount("compliant_workdays", BigDecimal.valueOf(days.size()), "workdays",
                "workdays of the " + (weekStart == null ? "pay period" : "workweek") + " with every required " + what
                        + " period provided: " + dates));
        b.fact("workdays", dates.toString());
        return b.build();
    }
}
