package org.emplaw.ca.wage.pay.obligations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.ca.wage.pay.PayPeriodAnalysis;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * Pay frequency (Lab. Code 204): wages are due twice each calendar month: earned from the 1st to the 15th, paid by the
 * 26th of that month; earned from the 16th to the end, paid by the 10th of the next (204(a)). Weekly, biweekly or other
 * semimonthly payrolls are paid within 7 calendar days of the close of the payroll period (204(d)). Salaries of exempt
 * executive, administrative and professional employees may be paid once a month, by the 26th, for the whole month
 * (204(a)). One finding per pay period.
 */
public final class PayFrequency {
    public static final String QUESTION = "Were the pay period's wages paid by the payday Lab. Code 204 sets?";

    private PayFrequency() {
    }

    public static Finding evaluate(PayPeriodAnalysis a, LawBook law) {
        return Figures.guarded(QUESTION, a.subject(), () -> decide(a, law));
    }

    /** The pay period's dates as the finding lists them ("2026-03-01..2026-03-14"), written when read. */
    private record Dates(LocalDate start, LocalDate end) {
        @Override
        public String toString() {
            return start + ".." + end;
        }
    }

    static Finding decide(PayPeriodAnalysis a, LawBook law) {
        var p = a.period();
        LocalDate paid = p.payDate();
        if (paid == null) {
            throw new MissingFactException(a.subject(), List.of("pay_date"));
        }
        Finding.Builder b = Finding.of(QUESTION, a.subject()).fact("period", new Dates(p.start(), p.end())).fact("pay_date", paid);
        ParameterValue half = law.value("ca_pay_first_half_month_last_day", null, p.end());
        int h = half.decimal().intValueExact();
        LocalDate due;
        Supplier<String> rule;
        boolean monthEnd = p.end().equals(p.end().withDayOfMonth(p.end().lengthOfMonth()));
        if (p.start().getDayOfMonth() == 1 && p.end().getDayOfMonth() == h && p.start().getMonth() == p.end().getMonth()) {
            ParameterValue latest = law.value("ca_pay_first_half_latest_payday", null, p.end());
            b.parameter(half).parameter(latest);
            due = p.end().withDayOfMonth(latest.decimal().intValueExact());
            rule = () -> "wages earned from the 1st to the " + h + "th are due by the " + Figures.x(latest.decimal()) + "th (Lab. Code 204(a))";
        } else if (p.start().getDayOfMonth() == h + 1 && monthEnd && p.start().getMonth() == p.end().getMonth()) {
            ParameterValue latest = law.value("ca_pay_second_half_latest_payday", null, p.end());
            b.parameter(half).parameter(latest);
            due = p.end().plusMonths(1).withDayOfMonth(latest.decimal().intValueExact());
            rule = () -> "wages earned from the " + (h + 1) + "th to the end of the month are due by the "
                    + Figures.x(latest.decimal()) + "th of the next month (Lab. Code 204(a))";
        } else if (p.start().getDayOfMonth() == 1 && monthEnd && p.start().getMonth() == p.end().getMonth()) {
            if (!a.coverage().overtimeExemptHolds() || a.coverage().exemption() == null
                    || org.emplaw.ca.wage.pay.Coverage.OVERTIME_ONLY_EXEMPTIONS.contains(a.coverage().exemption())) {
                return b.outcome(Outcome.NOT_MET).reason("a monthly pay period: wages are due twice each calendar month"
                        + " (Lab. Code 204(a)); only exempt executive, administrative and professional salaries may be paid monthly")
                        .build();
            }
            ParameterValue latest = law.value("ca_pay_first_half_latest_payday", null, p.end());
            b.parameter(latest);
            due = p.end().withDayOfMonth(latest.decimal().intValueExact());
            rule = () -> "an exempt salary paid monthly is due by the " + Figures.x(latest.decimal()) + "th of the month (Lab. Code 204(a))";
        } else {
            ParameterValue days = law.value("ca_pay_weekly_payroll_max_days_after_period", null, p.end());
            b.parameter(days);
            due = p.end().plusDays(days.decimal().longValueExact());
            rule = () -> "a weekly, biweekly or semimonthly payroll is paid within " + Figures.x(days.decimal())
                    + " calendar days of the close of the period (Lab. Code 204(d))";
            b.citation("Lab. Code 204(d)");
        }
        boolean ok = !paid.isAfter(due);
        LocalDate dueBy = due;
        return b.outcome(ok).reason(() -> rule.get() + ": due by " + dueBy + ", paid on " + paid
                + (ok ? "" : " (" + ChronoUnit.DAYS.between(dueBy, paid) + " days late)")).fact("due", due).build();
    }
}
