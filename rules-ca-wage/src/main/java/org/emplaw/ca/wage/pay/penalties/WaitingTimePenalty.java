package org.emplaw.ca.wage.pay.penalties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.ca.wage.pay.PayPeriodAnalysis;
import org.emplaw.ca.wage.pay.overtime.RegularRate;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

import static org.emplaw.ca.wage.pay.Figures.cents;
import static org.emplaw.ca.wage.pay.Figures.n;
import static org.emplaw.ca.wage.pay.Figures.x;

/**
 * Waiting-time penalty (Lab. Code 203(a)): when an employer willfully fails to pay the wages of an employee who is
 * discharged (due immediately, Lab. Code 201(a)) or quits (due at quitting with 72 hours' notice, otherwise within 72
 * hours, Lab. Code 202(a)), the wages continue as a penalty from the due date at the same daily rate until paid, for at
 * most 30 days.
 *
 * <p>Facts the employee record does not hold come as request options: {@value #SEPARATION} ({@code discharge},
 * {@code quit_with_notice} or {@code quit_without_notice}) and {@value #WILLFUL} ({@code true} / {@code false}: whether the
 * failure was willful, i.e. not a good-faith dispute; without it the finding is NEEDS_JUDGMENT with the amount that
 * would be owed). The final wages are those of the pay period containing the separation date, paid on its pay date.
 * A day's wages are the regular rate x the average hours per workday in that pay period (the daily rate of pay,
 * Mamika v. Barca (1998) 68 Cal.App.4th 487).
 */
public final class WaitingTimePenalty {
    public static final String QUESTION = "Were final wages paid when due, and if not what waiting-time penalty accrues (Lab. Code 203)?";
    public static final String SEPARATION = "ca.wage.final-pay.separation";
    public static final String WILLFUL = "ca.wage.final-pay.willful";

    /** The employee determination that decides willfulness (Lab. Code 203: a good-faith dispute is a defence). */
    public static final String WILLFUL_QUESTION = "willful_failure_to_pay_final_wages";

    private WaitingTimePenalty() {
    }

    /** Whether the pay period holds the employee's last day (its wages are the final wages). */
    public static boolean isFinalPayPeriod(PayPeriodAnalysis a) {
        return a.isFinalPayPeriod();
    }

    public static Finding evaluate(PayPeriodAnalysis a, LawBook law, EvaluationContext ctx) {
        String subject = a.employee().subject() + " final pay";
        return Figures.guarded(QUESTION, subject, () -> compute(a, law, ctx, subject));
    }

    static Finding compute(PayPeriodAnalysis a, LawBook law, EvaluationContext ctx, String subject) {
        LocalDate separated = a.employee().separationDate();
        // the employee's own separation_kind fact first; the request option applies to every employee of the request
        String kind = a.employee().separationKind() != null ? a.employee().separationKind() : ctx.option(SEPARATION, null);
        if (kind == null || !List.of("discharge", "quit_with_notice", "quit_without_notice").contains(kind)) {
            throw new MissingFactException(subject, List.of("separation_kind (employee fact, or option " + SEPARATION
                    + ": discharge, quit_with_notice or quit_without_notice)"));
        }
        LocalDate paid = a.period().payDate();
        if (paid == null) {
            throw new MissingFactException(subject, List.of("pay_date of pay period " + a.period().id()));
        }
        Finding.Builder b = Finding.of(QUESTION, subject);
        LocalDate due;
        String dueText;
        if (kind.equals("quit_without_notice")) {
            ParameterValue hours = law.value("ca_final_pay_quit_without_notice_hours", null, separated);
            b.parameter(hours);
            long days = hours.decimal().divide(BigDecimal.valueOf(ChronoUnit.DAYS.getDuration().toHours())).longValueExact();
            due = separated.plusDays(days);
            dueText = "quit without notice on " + separated + ": due within " + x(hours.decimal()) + " hours, by " + due
                    + " (Lab. Code 202(a))";
            b.citation("Lab. Code 202(a)");
        } else if (kind.equals("quit_with_notice")) {
            due = separated;
            dueText = "quit with notice on " + separated + ": due at the time of quitting (Lab. Code 202(a))";
            b.citation("Lab. Code 202(a)");
        } else {
            due = separated;
            dueText = "discharged on " + separated + ": due immediately (Lab. Code 201(a))";
            b.citation("Lab. Code 201(a)");
        }
        b.fact("separation_date", separated).fact("separation_kind", kind).fact("final_pay_date", paid);
        long late = Math.max(0, ChronoUnit.DAYS.between(due, paid));
        if (late == 0) {
            return b.outcome(Outcome.MET).reason(dueText + "; final wages paid on " + paid).build();
        }
        ParameterValue max = law.value("ca_waiting_time_penalty_max_days", null, separated);
        b.parameter(max);
        long days = Math.min(late, max.decimal().longValueExact());
        RegularRate r = a.regularRate();
        r.parameters().forEach(b::parameter);
        BigDecimal hours = BigDecimal.ZERO;
        int workdays = 0;
        for (WorkDay d : a.period().days()) {
            if (d.hoursWorked().signum() > 0) {
                hours = hours.add(d.hoursWorked());
                workdays++;
            }
        }
        if (workdays == 0) {
            throw new MissingFactException(subject, List.of("workdays of final pay period " + a.period().id()
                    + " (hours per day set the daily rate)"));
        }
        BigDecimal perDay = Figures.divide(hours, BigDecimal.valueOf(workdays));
        BigDecimal daily = perDay.multiply(r.rate());
        BigDecimal penalty = cents(daily.multiply(BigDecimal.valueOf(days)));
        b.amount(new Amount("days_late", BigDecimal.valueOf(late), "days", "from " + due + " to " + paid));
        b.amount(new Amount("penalty_days", BigDecimal.valueOf(days), "days", "min(" + late + ", " + x(max.decimal()) + ")"));
        b.amount(Amount.usd("daily_wage", cents(daily), r.explain() + "; x " + n(perDay) + " h per workday ("
                + n(hours) + " h / " + workdays + " workdays in pay period " + a.period().id() + ") = " + n(daily) + " USD"));
        b.amount(Amount.usd("owed", penalty, n(daily) + " USD x " + days + " days = " + penalty.toPlainString()
                + " USD (rounded to the cent)"));
        b.choice("a day's wages are the regular rate x the average hours per workday of the final pay period");
        String reason = dueText + "; paid " + paid + ", " + late + " days late; penalty " + days + " days x "
                + cents(daily).toPlainString() + " USD";
        org.emplaw.core.facts.Determination judged = a.employee().determination(WILLFUL_QUESTION);
        String willful = judged != null ? String.valueOf(judged.holds()) : ctx.option(WILLFUL, null);
        if (judged != null) {
            b.fact("willful_failure_determined_by", judged.by() + (judged.basis() == null ? "" : ": " + judged.basis()));
        }
        if (willful == null) {
            return b.outcome(Outcome.NEEDS_JUDGMENT).reason(reason + "; the penalty is owed only if the failure was willful"
                    + " (no good-faith dispute): supply the employee determination " + WILLFUL_QUESTION + " or option " + WILLFUL)
                    .missing("willful failure to pay (determination " + WILLFUL_QUESTION + " or option " + WILLFUL + ")")
                    .build();
        }
        if (!Boolean.parseBoolean(willful)) {
            return b.outcome(Outcome.NOT_MET).reason(reason + "; not willful (good-faith dispute): no penalty is owed")
                    .amount(Amount.usd("owed", BigDecimal.ZERO.setScale(2), "no penalty without a willful failure"))
                    .build();
        }
        return b.outcome(Outcome.NOT_MET).reason(reason + "; the failure was willful").build();
    }
}
