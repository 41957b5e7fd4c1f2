package org.emplaw.ca.wage.pay.breaks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    static List<Finding> evaluate(PayPeriodAnalysis a, LawBook law, String question, PayKind premiumKind, String what,
                                  Decider decider) {
        List<WorkDay> days = new ArrayList<>(a.period().days());
        days.sort(Comparator.comparing(WorkDay::date));
        List<Finding> out = new ArrayList<>();
        BigDecimal paidLeft = a.paid(premiumKind);
        Coverage c = a.coverage();
        for (WorkDay d : days) {
            String subject = a.daySubject(d.date());
            Finding f = Figures.guarded(question, subject, () -> {
                DayDecision dd = decider.decide(d, law);
                if (!dd.required()) {
                    return null;
                }
                Finding.Builder b = Finding.of(question, subject);
                dd.used().forEach(b::parameter);
                dd.missing().forEach(b::missing);
                b.fact("hours_worked", d.hoursWorked());
                if (!dd.missing().isEmpty()) {
                    return b.outcome(Outcome.INSUFFICIENT_FACTS).reason(dd.reason()).build();
                }
                StringBuilder reason = new StringBuilder(dd.reason());
                Outcome outcome = dd.provided() ? Outcome.MET : Outcome.NOT_MET;
                if (!dd.provided()) {
                    ParameterValue hours = law.value("ca_break_premium_hours", null, d.date());
                    b.parameter(hours);
                    RegularRate r = a.regularRate();
                    r.parameters().forEach(b::parameter);
                    BigDecimal premium = cents(hours.decimal().multiply(r.rate()));
                    b.amount(new Amount("regular_rate", r.rate(), "USD/hour", r.explain()));
                    b.amount(Amount.usd("premium_due", premium, x(hours.decimal()) + " h x regular rate of compensation "
                            + n(r.rate()) + " USD/h (Ferra) = " + premium.toPlainString() + " USD"));
                    return b.outcome(outcome).reason(reason.toString()).build();
                }
                return b.outcome(outcome).reason(reason.toString()).build();
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
            if (c.mealRestUndecided() && f.outcome().decided()) {
                f = f.toBuilder().outcome(c.overtimeExempt())
                        .reason(f.reason() + "; this applies only if the employee is not exempt: " + c.describe())
                        .missing("exemption determination for " + a.employee().subject()).build();
            }
            out.add(f);
        }
        return out;
    }
}
