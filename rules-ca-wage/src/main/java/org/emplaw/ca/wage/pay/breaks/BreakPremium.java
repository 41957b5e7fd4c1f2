package org.emplaw.ca.wage.pay.breaks;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.emplaw.ca.wage.pay.Coverage;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.ca.wage.pay.PayPeriodAnalysis;
import org.emplaw.ca.wage.pay.Workweek;
import org.emplaw.ca.wage.pay.overtime.RegularRate;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

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
 *
 * <p>The explanation texts (reasons, computations, the list of compliant workdays) are written when first read, from
 * the decisions and figures of law kept for them.
 */
final class BreakPremium {
    /**
     * The decision for one workday, before the premium is priced. The reason is written on first read from what was
     * decided (the supplier only formats values it captured).
     */
    record DayDecision(WorkDay day, boolean required, boolean provided, Supplier<String> reason,
                       List<ParameterValue> used, List<String> missing) {
    }

    /** Decides every workday of the period and prices the premium for each day without a compliant period. */
    interface Decider {
        DayDecision decide(WorkDay d, LawBook law);
    }

    private static final Comparator<WorkDay> BY_DATE = Comparator.comparing(WorkDay::date);

    private BreakPremium() {
    }

    static List<Finding> evaluate(PayPeriodAnalysis a, LawBook law, String question, PayKind premiumKind, String what,
                                  Decider decider) {
        List<Finding> out = new ArrayList<>();
        BigDecimal paidLeft = a.paid(premiumKind);
        Coverage c = a.coverage();
        DayOfWeek weekStart = a.period().workweekStart();
        // the compliant days by workweek, in date order: days come in date order, so a week's compliant days are
        // consecutive and the weeks come in order (the week of a day is computed only when the day leaves the last one)
        List<CompliantWeek> compliantByWeek = new ArrayList<>(4);
        for (WorkDay d : byDate(a.period().days())) {
            Finding f;
            try {
                DayDecision dd = decider.decide(d, law);
                if (!dd.required()) {
                    continue;
                }
                if (dd.provided() && dd.missing().isEmpty()) {
                    // compliant: reported once for its workweek, with the other compliant days of the week
                    int weeks = compliantByWeek.size();
                    CompliantWeek last = weeks == 0 ? null : compliantByWeek.get(weeks - 1);
                    if (last == null || last.end() != null && d.date().isAfter(last.end())) {
                        last = CompliantWeek.of(weekStart == null ? null : startOfWeek(d.date(), weekStart));
                        compliantByWeek.add(last);
                    }
                    last.days().add(dd);
                    continue;
                }
                Finding.Builder b = Finding.of(question, a.daySubject(d.date()));
                dd.used().forEach(b::parameter);
                dd.missing().forEach(b::missing);
                b.fact("hours_worked", d.hoursWorked());
                if (!dd.missing().isEmpty()) {
                    f = b.outcome(Outcome.INSUFFICIENT_FACTS).reason(dd.reason()).build();
                } else {
                    ParameterValue hours = law.value("ca_break_premium_hours", null, d.date());
                    b.parameter(hours);
                    RegularRate r = a.regularRate();
                    r.parameters().forEach(b::parameter);
                    BigDecimal due = cents(hours.decimal().multiply(r.rate()));
                    BigDecimal paid = paidLeft.min(due);
                    paidLeft = paidLeft.subtract(paid);
                    f = priced(a, b, what, dd.reason(), r, hours, due, paid);
                }
            } catch (MissingLawException | MissingFactException gap) {
                f = unanswered(question, a.daySubject(d.date()), gap);
            }
            out.add(undecided(a, c, f));
        }
        for (CompliantWeek w : compliantByWeek) {
            out.add(undecided(a, c, compliantWeek(a, question, what, w.start(), w.days())));
        }
        return out;
    }

    /**
     * The compliant workdays of one workweek, from {@code start} to {@code end}; without a workweek start (both null),
     * of the whole pay period.
     */
    private record CompliantWeek(LocalDate start, LocalDate end, List<DayDecision> days) {
        static CompliantWeek of(LocalDate start) {
            return new CompliantWeek(start, start == null ? null : Workweek.endOf(start), new ArrayList<>());
        }
    }

    /** The workdays in date order (the list itself when it already is). */
    private static List<WorkDay> byDate(List<WorkDay> days) {
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i).date().isBefore(days.get(i - 1).date())) {
                List<WorkDay> sorted = new ArrayList<>(days);
                sorted.sort(BY_DATE);
                return sorted;
            }
        }
        return days;
    }

    /** The first day of the workweek holding {@code date} (the latest {@code weekStart} on or before it). */
    private static LocalDate startOfWeek(LocalDate date, DayOfWeek weekStart) {
        return date.minusDays(Math.floorMod(date.getDayOfWeek().getValue() - weekStart.getValue(), 7));
    }

    /**
     * The answer for a workday whose figure of law or fact is missing, written by {@link Figures#guarded} (which names
     * the gap); the subject is only written for such days and for days with a finding of their own.
     */
    private static Finding unanswered(String question, String subject, RuntimeException gap) {
        return Figures.guarded(question, subject, () -> {
            throw gap;
        });
    }

    /**
     * A workday without a compliant period: the premium due (Lab. Code 226.7(c) hours x regular rate, Ferra), the part
     * of the period's paid premiums attributed to it, and what is owed.
     */
    private static Finding priced(PayPeriodAnalysis a, Finding.Builder b, String what, Supplier<String> dayReason,
                                  RegularRate r, ParameterValue hours, BigDecimal due, BigDecimal paid) {
        BigDecimal owed = due.subtract(paid);
        BigDecimal rate = r.rate();
        String periodId = a.period().id();
        b.amount(Amount.lazy("regular_rate", rate, "USD/hour", r::explain));
        b.amount(Amount.lazy("premium_due", due, "USD", () -> x(hours.decimal()) + " h x regular rate of compensation "
                + n(rate) + " USD/h (Ferra) = " + due.toPlainString() + " USD"));
        b.amount(Amount.lazy("premium_paid", paid, "USD", () -> what + " premiums paid in pay period " + periodId
                + " attributed to its violation days in date order"));
        b.amount(Amount.lazy("owed", owed, "USD", () -> "premium due " + due.toPlainString() + " - premium paid "
                + paid.toPlainString() + " = " + owed.toPlainString() + " USD"));
        return b.outcome(Outcome.NOT_MET).reason(() -> dayReason.get() + "; premium due " + due.toPlainString()
                + " USD, paid " + paid.toPlainString() + " USD").build();
    }

    /** The outcome of a decided day or week carries an undecided exemption that would also remove meal and rest periods. */
    private static Finding undecided(PayPeriodAnalysis a, Coverage c, Finding f) {
        if (c.mealRestUndecided() && f.outcome().decided()) {
            Supplier<String> decided = f::reason;
            return f.toBuilder().outcome(c.overtimeExempt())
                    .reason(() -> decided.get() + "; this applies only if the employee is not exempt: " + c.describe())
                    .missing("exemption determination for " + a.employee().subject()).build();
        }
        return f;
    }

    /**
     * One MET finding for the workdays of a workweek (or, without a workweek start, of the pay period) on which the
     * required period was provided: no premium is owed for them. Each day's decision is written out in the reason.
     * {@code days} is not changed after this call (the reason and the list of workdays read it when written).
     */
    private static Finding compliantWeek(PayPeriodAnalysis a, String question, String what, LocalDate weekStart,
                                         List<DayDecision> days) {
        String subject = weekStart == null ? a.subject() : a.weekSubject(weekStart);
        Finding.Builder b = Finding.of(question, subject).outcome(Outcome.MET);
        List<ParameterValue> listed = new ArrayList<>();
        List<ParameterValue> previous = List.of();
        for (DayDecision d : days) {
            List<ParameterValue> used = d.used();
            for (int k = 0; k < used.size(); k++) {
                ParameterValue v = used.get(k);
                // one entry per dated row: the same row applied on several days of the week is listed once (first day);
                // most days apply the same rows, in the same order, as the day before, whose rows are all listed
                boolean known = k < previous.size() && sameRow(previous.get(k), v) || containsRow(listed, v);
                if (!known) {
                    listed.add(v);
                    b.parameter(v);
                }
            }
            previous = used;
        }
        b.reason(() -> compliantReason(what, days));
        Workdays workdays = new Workdays(days);
        String scope = weekStart == null ? "pay period" : "workweek";
        b.amount(Amount.lazy("compliant_workdays", BigDecimal.valueOf(days.size()), "workdays",
                () -> "workdays of the " + scope + " with every required " + what + " period provided: " + workdays));
        b.fact("workdays", workdays);
        return b.build();
    }

    /** Whether a value from the same dated row (name, qualifier, effective date) is already listed. */
    private static boolean containsRow(List<ParameterValue> listed, ParameterValue v) {
        for (ParameterValue l : listed) {
            if (sameRow(l, v)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two values come from the same dated row of law (they may have been applied on different days). */
    private static boolean sameRow(ParameterValue a, ParameterValue b) {
        return a.name().equals(b.name()) && Objects.equals(a.qualifier(), b.qualifier())
                && Objects.equals(a.effectiveFrom(), b.effectiveFrom());
    }

    private static String compliantReason(String what, List<DayDecision> days) {
        StringBuilder reason = new StringBuilder("the ").append(what).append(" periods required were provided on ")
                .append(days.size()).append(days.size() == 1 ? " workday" : " workdays").append(", so no premium is owed for them: ");
        for (int i = 0; i < days.size(); i++) {
            DayDecision d = days.get(i);
            if (i > 0) {
                reason.append("; ");
            }
            reason.append(d.day().date()).append(": ").append(d.reason().get());
        }
        return reason.toString();
    }

    /** The compliant workdays' dates as listed in the finding ("2026-03-02, 2026-03-03"), written when read. */
    private record Workdays(List<DayDecision> days) {
        @Override
        public String toString() {
            StringBuilder dates = new StringBuilder();
            for (int i = 0; i < days.size(); i++) {
                if (i > 0) {
                    dates.append(", ");
                }
                dates.append(days.get(i).day().date());
            }
            return dates.toString();
        }
    }
}
