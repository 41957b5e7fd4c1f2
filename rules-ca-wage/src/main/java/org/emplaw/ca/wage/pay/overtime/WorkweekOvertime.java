package org.emplaw.ca.wage.pay.overtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.ca.wage.pay.Coverage;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.ca.wage.pay.PayPeriodAnalysis;
import org.emplaw.ca.wage.pay.Workweek;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.ParameterValue;

import static org.emplaw.ca.wage.pay.Figures.cents;
import static org.emplaw.ca.wage.pay.Figures.n;
import static org.emplaw.ca.wage.pay.Figures.x;

/**
 * Overtime owed and paid for each workweek of a pay period (Lab. Code 510(a), 515(d); Alvarado v. Dart Container
 * (2018) 4 Cal.5th 542): one finding per workweek with the hours at each rate, the regular rate, the overtime owed,
 * the overtime paid and the underpayment ({@code owed}).
 *
 * <p>Options: {@value #PARTIAL_WEEK} ({@code days_in_period}, the default: a workweek only partly inside the pay
 * period is evaluated on its days inside the period, with a warning; {@code insufficient_facts}: such a week answers
 * INSUFFICIENT_FACTS) and {@value #ALLOCATION} ({@code proportional}, the default: overtime paid in a pay period of
 * several workweeks is attributed to its weeks in proportion to the overtime owed in each; {@code chronological}:
 * to the earliest weeks first, up to what each owes).
 */
public final class WorkweekOvertime {
    public static final String QUESTION = "Was overtime for the workweek paid at the rates Lab. Code 510(a) requires?";
    public static final String PARTIAL_WEEK = "ca.wage.overtime.partial-workweek";
    public static final String ALLOCATION = "ca.wage.overtime.paid-allocation";

    private static final String CHRONOLOGICAL_CHOICE = "overtime paid in a pay period of several workweeks is attributed"
            + " to its weeks earliest first (option " + ALLOCATION + "=chronological)";
    private static final String PROPORTIONAL_CHOICE = "overtime paid in a pay period of several workweeks is attributed"
            + " to its weeks in proportion to the overtime owed in each (option " + ALLOCATION + "=proportional)";

    private WorkweekOvertime() {
    }

    /** Overtime owed for a week: hours x multiplier x (base + flat sum) + hours x (multiplier - 1) x spread. */
    public static BigDecimal owed(OvertimeHours h, OvertimeLaw law, RegularRate r) {
        BigDecimal full = r.base().add(r.flatSum());
        BigDecimal m15 = law.m15();
        BigDecimal m2 = law.m2();
        return h.overtime().multiply(m15).multiply(full)
                .add(h.doubleTime().multiply(m2).multiply(full))
                .add(h.overtime().multiply(m15.subtract(BigDecimal.ONE)).multiply(r.spread()))
                .add(h.doubleTime().multiply(m2.subtract(BigDecimal.ONE)).multiply(r.spread()));
    }

    /** The computation of {@link #owed}, written out. */
    static String explainOwed(OvertimeHours h, OvertimeLaw law, RegularRate r, BigDecimal owed) {
        BigDecimal full = r.base().add(r.flatSum());
        StringBuilder sb = new StringBuilder();
        sb.append(n(h.overtime())).append(" h x ").append(x(law.m15())).append(" x ").append(n(full)).append(" USD/h + ")
                .append(n(h.doubleTime())).append(" h x ").append(x(law.m2())).append(" x ").append(n(full)).append(" USD/h");
        if (r.spread().signum() != 0) {
            sb.append(" + ").append(n(h.overtime())).append(" h x (").append(x(law.m15())).append(" - 1) x ")
                    .append(n(r.spread())).append(" USD/h + ").append(n(h.doubleTime())).append(" h x (")
                    .append(x(law.m2())).append(" - 1) x ").append(n(r.spread()))
                    .append(" USD/h (commission/production pay already paid these hours once at straight time)");
        }
        sb.append(" = ").append(n(owed)).append(" USD, rounded to the cent: ").append(cents(owed).toPlainString()).append(" USD");
        return sb.toString();
    }

    /** One finding per workweek of the analysed pay period. */
    public static List<Finding> evaluate(PayPeriodAnalysis a, EvaluationContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<PayPeriodAnalysis.Week> weeks;
        try {
            weeks = a.weeks();
        } catch (RuntimeException e) {
            out.add(Figures.guarded(QUESTION, a.subject(), () -> {
                throw e;
            }));
            return out;
        }
        Coverage c = a.coverage();
        if (c.overtimeExemptHolds()) {
            for (PayPeriodAnalysis.Week w : weeks) {
                Employee employee = a.employee();
                out.add(Finding.of(QUESTION, a.weekSubject(w.week())).outcome(Outcome.NOT_APPLICABLE)
                        .reason(() -> "no overtime is owed: " + employee.subject() + " is " + c.describe())
                        .fact("exemption", c.exemption()).build());
            }
            return out;
        }
        RegularRate rate;
        try {
            rate = a.regularRate();
        } catch (RuntimeException e) {
            for (PayPeriodAnalysis.Week w : weeks) {
                out.add(Figures.guarded(QUESTION, a.weekSubject(w.week()), () -> {
                    throw e;
                }));
            }
            return out;
        }
        List<BigDecimal> owed = new ArrayList<>();
        for (PayPeriodAnalysis.Week w : weeks) {
            owed.add(cents(owed(w.hours(), w.law(), rate)));
        }
        BigDecimal paidTotal = a.paid(PayKind.OVERTIME, PayKind.DOUBLE_TIME);
        BigDecimal credit = straightTimeCredit(a, weeks, rate);
        paidTotal = paidTotal.add(credit);
        boolean chronological = "chronological".equals(ctx.option(ALLOCATION, "proportional"));
        List<BigDecimal> paid = chronological ? chronological(paidTotal, owed) : proportional(paidTotal, owed);
        boolean strictPartial = "insufficient_facts".equals(ctx.option(PARTIAL_WEEK, "days_in_period"));
        for (int i = 0; i < weeks.size(); i++) {
            out.add(week(a, weeks.get(i), rate, owed.get(i), paid.get(i), paidTotal, credit, weeks.size(), chronological,
                    strictPartial));
        }
        return out;
    }

    /**
     * Straight-time pay beyond the wages of the period's straight-time hours paid the overtime hours at the straight
     * rate: it is part payment of the overtime owed (an hourly employee paid 42 h x 17.00 for a 42-hour week is owed
     * 2 h x 1.5 x 17.00 - 2 h x 17.00 = 17.00, not 51.00). Hourly pay only; salaried pay covers 40 h (Lab. Code 515(d)).
     */
    static BigDecimal straightTimeCredit(PayPeriodAnalysis a, List<PayPeriodAnalysis.Week> weeks, RegularRate rate) {
        org.emplaw.core.facts.PayBasis basis = a.employee().payBasis() != null ? a.employee().payBasis()
                : a.employee().hourlyRate() != null ? org.emplaw.core.facts.PayBasis.HOURLY : null;
        if (basis != org.emplaw.core.facts.PayBasis.HOURLY || rate.base().signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal straightHours = BigDecimal.ZERO;
        for (PayPeriodAnalysis.Week w : weeks) {
            straightHours = straightHours.add(w.hours().straight());
        }
        BigDecimal excess = a.paid(PayKind.STRAIGHT_TIME).subtract(straightHours.multiply(rate.base()));
        return cents(excess.max(BigDecimal.ZERO));
    }

    private static Finding week(PayPeriodAnalysis a, PayPeriodAnalysis.Week w, RegularRate r, BigDecimal owed,
                                BigDecimal paid, BigDecimal paidTotal, BigDecimal credit, int weekCount,
                                boolean chronological, boolean strictPartial) {
        Workweek ww = w.week();
        OvertimeHours h = w.hours();
        OvertimeLaw law = w.law();
        BigDecimal under = owed.subtract(paid).max(BigDecimal.ZERO);
        Coverage c = a.coverage();
        Employee employee = a.employee();
        String periodId = a.period().id();
        Finding.Builder b = Finding.of(QUESTION, a.weekSubject(ww));
        Outcome outcome = under.signum() > 0 ? Outcome.NOT_MET : Outcome.MET;
        if (!c.decided()) {
            outcome = c.overtimeExempt();
            b.missing("exemption determination for " + employee.subject());
        }
        if (ww.partial()) {
            String days = ww.from() + ".." + ww.to();
            b.warning("the workweek of " + ww.start() + " is only partly inside pay period " + periodId + " ("
                    + days + "); hours outside the period are not in the facts, so weekly overtime and the seventh-day rule"
                    + " count only the days inside it");
            b.choice("a workweek only partly inside the pay period is evaluated on its days inside the period (option "
                    + PARTIAL_WEEK + "=days_in_period)");
            if (strictPartial) {
                outcome = Outcome.INSUFFICIENT_FACTS;
                b.missing("workdays of the workweek of " + ww.start() + " outside pay period " + periodId);
            }
        }
        b.outcome(outcome).reason(() -> explainWeek(ww, h, law, r, owed, paid, c, employee));
        String unit = "hours";
        b.amount(new Amount("straight_time_hours", h.straight(), unit, "hours at straight time, Lab. Code 510(a)"));
        b.amount(Amount.lazy("overtime_hours_1_5x", h.overtime(), unit, () -> "daily hours beyond " + x(law.daily())
                + " up to " + x(law.dailyDouble()) + ", straight-time hours beyond " + x(law.weekly())
                + " in the week, and the first " + x(law.seventhDayDouble()) + " h of a seventh consecutive day"));
        b.amount(Amount.lazy("double_time_hours", h.doubleTime(), unit, () -> "daily hours beyond " + x(law.dailyDouble())
                + " and hours beyond " + x(law.seventhDayDouble()) + " on a seventh consecutive day"));
        b.amount(Amount.lazy("regular_rate", r.rate(), "USD/hour", r::explain));
        b.amount(Amount.lazy("overtime_owed", cents(owed), "USD", () -> explainOwed(h, law, r, owed)));
        if (credit.signum() != 0) {
            BigDecimal straightTimePay = a.paid(PayKind.STRAIGHT_TIME);
            b.amount(Amount.lazy("straight_time_credit", credit, "USD", () -> "straight-time pay "
                    + straightTimePay.toPlainString() + " USD - straight-time hours of pay period " + periodId + " x "
                    + n(r.base()) + " USD/h = " + credit.toPlainString() + " USD credited toward overtime"));
            b.choice("straight-time pay beyond the straight-time hours' wages is credited as part payment of the overtime hours");
        }
        b.amount(Amount.lazy("overtime_paid", paid, "USD",
                () -> explainPaid(periodId, paidTotal, credit, weekCount, chronological)));
        b.amount(Amount.lazy("owed", under, "USD", () -> "max(0, overtime owed " + owed.toPlainString()
                + " - overtime paid " + paid.toPlainString() + ") = " + under.toPlainString() + " USD"));
        boolean salaried = employee.payBasis() == org.emplaw.core.facts.PayBasis.SALARY;
        if (r.baseOnly() && !c.overtimeExemptHolds()) {
            BigDecimal straightPay = salaried ? r.base().multiply(law.weekly()) : h.straight().multiply(r.base());
            BigDecimal wagesDue = cents(straightPay.add(owed));
            b.amount(Amount.lazy("wages_due_for_workweek", wagesDue, "USD", () -> (salaried
                    ? "weekly salary " + n(r.base()) + " x " + x(law.weekly())
                    : n(h.straight()) + " h x " + n(r.base()) + " USD/h")
                    + " + overtime owed " + cents(owed).toPlainString() + " = " + wagesDue.toPlainString() + " USD"));
        }
        if (weekCount > 1) {
            b.choice(chronological ? CHRONOLOGICAL_CHOICE : PROPORTIONAL_CHOICE);
        }
        for (int i = 0; i < r.choices().size(); i++) {
            b.choice(r.choices().get(i));
        }
        List<ParameterValue> figures = law.values();
        for (int i = 0; i < figures.size(); i++) {
            b.parameter(figures.get(i));
        }
        for (int i = 0; i < r.parameters().size(); i++) {
            b.parameter(r.parameters().get(i));
        }
        b.citation("Lab. Code 510(a)");
        if (salaried) {
            b.citation("Lab. Code 515(d)");
        }
        if (r.flatSum().signum() != 0) {
            b.citation("Alvarado v. Dart Container Corp. (2018) 4 Cal.5th 542");
        }
        b.fact("workweek_start", ww.start()).fact("days_in_pay_period", Figures.text(() -> ww.from() + ".." + ww.to()))
                .fact("hours_worked", h.total()).fact("exemption_status", Figures.text(c::describe));
        return b.build();
    }

    /** The reason of a workweek's finding: the hours and their split, the regular rate, overtime owed and paid. */
    private static String explainWeek(Workweek ww, OvertimeHours h, OvertimeLaw law, RegularRate r, BigDecimal owed,
                                      BigDecimal paid, Coverage c, Employee employee) {
        StringBuilder reason = new StringBuilder();
        reason.append(n(h.total())).append(" h worked in the workweek of ").append(ww.start());
        if (!h.days().isEmpty()) {
            reason.append(" (").append(h.describe(law)).append(")");
        }
        reason.append("; ").append(r.explain()).append("; overtime owed ").append(owed.toPlainString())
                .append(" USD, paid ").append(paid.toPlainString()).append(" USD");
        if (c.misclassified()) {
            reason.append("; ").append(employee.subject()).append(" is misclassified as exempt, so all overtime is owed");
        }
        if (!c.decided()) {
            reason.append("; the amounts are owed only if the employee is not exempt: ").append(c.describe());
        }
        return reason.toString();
    }

    /** Where the overtime paid attributed to a workweek comes from. */
    private static String explainPaid(String periodId, BigDecimal paidTotal, BigDecimal credit, int weekCount,
                                      boolean chronological) {
        String creditText = credit.signum() == 0 ? "" : " (including " + credit.toPlainString()
                + " USD of straight-time pay beyond the straight-time hours' wages, which paid overtime hours at the straight rate)";
        return (weekCount == 1 ? "overtime and double-time pay items of pay period " + periodId
                : paidTotal.toPlainString() + " USD of overtime and double-time pay in pay period " + periodId
                + " attributed to this workweek " + (chronological ? "earliest weeks first" : "in proportion to overtime owed"))
                + creditText;
    }

    static List<BigDecimal> proportional(BigDecimal total, List<BigDecimal> owed) {
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal sum = Figures.sum(owed);
        BigDecimal left = total;
        for (int i = 0; i < owed.size(); i++) {
            BigDecimal share;
            if (sum.signum() == 0) {
                share = i == 0 ? total : BigDecimal.ZERO;
            } else if (i == owed.size() - 1) {
                share = left;
            } else {
                share = cents(Figures.divide(total.multiply(owed.get(i)), sum));
            }
            out.add(share);
            left = left.subtract(share);
        }
        return out;
    }

    static List<BigDecimal> chronological(BigDecimal total, List<BigDecimal> owed) {
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal left = total;
        for (int i = 0; i < owed.size(); i++) {
            BigDecimal share = i == owed.size() - 1 ? left : left.min(owed.get(i));
            out.add(share);
            left = left.subtract(share);
        }
        return out;
    }
}
