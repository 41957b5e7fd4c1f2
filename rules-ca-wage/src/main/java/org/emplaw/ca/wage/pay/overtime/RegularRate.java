package org.emplaw.ca.wage.pay.overtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.core.rules.RuleFacts;

import static org.emplaw.ca.wage.pay.Figures.divide;
import static org.emplaw.ca.wage.pay.Figures.n;
import static org.emplaw.ca.wage.pay.Figures.x;

/**
 * The regular rate of pay for a pay period (Lab. Code 510(a), 515(d); DLSE Manual ch. 49; Alvarado v. Dart Container
 * Corp. (2018) 4 Cal.5th 542), in three parts that add up to the rate overtime multiplies:
 * <ul>
 * <li>{@code base}: the hourly rate; with several straight-time rates their weighted average (straight-time earnings
 * / straight-time hours); for a salaried non-exempt employee one-fortieth of the weekly salary (Lab. Code 515(d)(1));
 * zero for pay made only of commissions or piece rates;</li>
 * <li>{@code spread}: commissions, piece-rate earnings, nondiscretionary production bonuses and shift premiums, which
 * pay for every hour worked: their total / all hours worked in the period;</li>
 * <li>{@code flatSum}: nondiscretionary flat-sum bonuses: their total / the non-overtime hours actually worked in the
 * period (Alvarado).</li>
 * </ul>
 * Excluded: truly discretionary bonuses, paid leave, expense reimbursements, meal and rest premiums, and other pay.
 *
 * <p>Overtime owed on the rate: hours x multiplier x (base + flatSum) + hours x (multiplier - 1) x spread, because
 * spread pay already paid every hour, overtime hours included, once at straight time, while the salary (Lab. Code
 * 515(d)) and a flat-sum bonus (Alvarado) pay only non-overtime hours.
 *
 * <p>Immutable; equal when every component is equal. It was a record until 2026-11; it is a class so that the
 * explanations of the three parts are written only when read ({@link #explain()} is written once and kept).
 */
public final class RegularRate {

    private static final Set<PayKind> SPREAD = EnumSet.of(PayKind.COMMISSION, PayKind.PIECE, PayKind.BONUS_PRODUCTION,
            PayKind.SHIFT_PREMIUM);

    private final BigDecimal base;
    private final BigDecimal spread;
    private final BigDecimal flatSum;
    private final BigDecimal rate;
    private final Supplier<String> baseExplanation;
    private final Supplier<String> spreadExplanation;
    private final Supplier<String> flatSumExplanation;
    private final List<ParameterValue> parameters;
    private final List<String> choices;
    private volatile String explanation;

    /**
     * @param base               the base part of the rate (USD/h)
     * @param spread             the part from pay for every hour worked (USD/h)
     * @param flatSum            the part from flat-sum bonuses (USD/h)
     * @param baseExplanation    how the base was computed
     * @param spreadExplanation  how the spread part was computed ({@code ""} when zero)
     * @param flatSumExplanation how the flat-sum part was computed ({@code ""} when zero)
     * @param parameters         the figures of law used
     * @param choices            the interpretive choices made
     */
    public RegularRate(BigDecimal base, BigDecimal spread, BigDecimal flatSum, String baseExplanation,
                       String spreadExplanation, String flatSumExplanation, List<ParameterValue> parameters,
                       List<String> choices) {
        this(base, spread, flatSum, () -> baseExplanation, () -> spreadExplanation, () -> flatSumExplanation,
                parameters, choices);
    }

    /** The explanations are written on first read: each supplier only formats values it captured. */
    private RegularRate(BigDecimal base, BigDecimal spread, BigDecimal flatSum, Supplier<String> baseExplanation,
                        Supplier<String> spreadExplanation, Supplier<String> flatSumExplanation,
                        List<ParameterValue> parameters, List<String> choices) {
        this.base = base;
        this.spread = spread;
        this.flatSum = flatSum;
        this.rate = base.add(spread).add(flatSum);
        this.baseExplanation = baseExplanation;
        this.spreadExplanation = spreadExplanation;
        this.flatSumExplanation = flatSumExplanation;
        this.parameters = List.copyOf(parameters);
        this.choices = List.copyOf(choices);
    }

    public BigDecimal base() {
        return base;
    }

    public BigDecimal spread() {
        return spread;
    }

    public BigDecimal flatSum() {
        return flatSum;
    }

    public String baseExplanation() {
        return baseExplanation.get();
    }

    public String spreadExplanation() {
        return spreadExplanation.get();
    }

    public String flatSumExplanation() {
        return flatSumExplanation.get();
    }

    public List<ParameterValue> parameters() {
        return parameters;
    }

    public List<String> choices() {
        return choices;
    }

    /** The regular rate of pay: base + spread + flat sum. */
    public BigDecimal rate() {
        return rate;
    }

    /** True when the pay period has no bonus, commission or other pay beyond the base. */
    public boolean baseOnly() {
        return spread.signum() == 0 && flatSum.signum() == 0;
    }

    /** The rate and its parts, written out (once; the text is kept). */
    public String explain() {
        String e = explanation;
        if (e == null) {
            StringBuilder sb = new StringBuilder("regular rate ").append(n(rate())).append(" USD/h = base ")
                    .append(baseExplanation());
            if (spread.signum() != 0) {
                sb.append(" + ").append(spreadExplanation());
            }
            if (flatSum.signum() != 0) {
                sb.append(" + ").append(flatSumExplanation());
            }
            e = sb.toString();
            explanation = e;
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RegularRate r && base.equals(r.base) && spread.equals(r.spread)
                && flatSum.equals(r.flatSum) && baseExplanation().equals(r.baseExplanation())
                && spreadExplanation().equals(r.spreadExplanation()) && flatSumExplanation().equals(r.flatSumExplanation())
                && parameters.equals(r.parameters) && choices.equals(r.choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, spread, flatSum, baseExplanation(), spreadExplanation(), flatSumExplanation(),
                parameters, choices);
    }

    @Override
    public String toString() {
        return "RegularRate[base=" + base + ", spread=" + spread + ", flatSum=" + flatSum + ", baseExplanation="
                + baseExplanation() + ", spreadExplanation=" + spreadExplanation() + ", flatSumExplanation="
                + flatSumExplanation() + ", parameters=" + parameters + ", choices=" + choices + "]";
    }

    /**
     * Computes the regular rate for a pay period.
     *
     * @param totalHours        all hours worked in the period
     * @param nonOvertimeHours  straight-time (non-overtime) hours worked in the period
     */
    public static RegularRate of(Employee e, PayPeriod p, BigDecimal totalHours, BigDecimal nonOvertimeHours,
                                 LawBook law, LocalDate date) {
        String subject = e.subject();
        List<ParameterValue> used = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        PayBasis basis = e.payBasis();
        if (basis == null) {
            basis = e.hourlyRate() != null ? PayBasis.HOURLY : e.salary() != null ? PayBasis.SALARY : null;
        }
        if (basis == null) {
            throw new MissingFactException(subject, List.of("pay_basis"));
        }
        BigDecimal base;
        Supplier<String> baseText;
        boolean straightTimeSpread = false;
        switch (basis) {
            case SALARY -> {
                BigDecimal salary = RuleFacts.require(e.salary(), subject, "salary");
                var period = RuleFacts.require(e.salaryPeriod(), subject, "salary_period");
                ParameterValue divisor = law.value("ca_nonexempt_salaried_regular_rate_divisor", null, date);
                used.add(divisor);
                BigDecimal weekly;
                Supplier<String> weeklyText;
                if (period == org.emplaw.core.facts.SalaryPeriod.WEEKLY) {
                    weekly = salary;
                    weeklyText = () -> "weekly salary " + n(salary) + " USD";
                } else {
                    ParameterValue per = law.value("ca_salary_periods_per_year", period.name().toLowerCase(Locale.ROOT), date);
                    ParameterValue weeks = law.value("ca_salary_weeks_per_year", null, date);
                    used.add(per);
                    used.add(weeks);
                    BigDecimal w = divide(salary.multiply(per.decimal()), weeks.decimal());
                    weekly = w;
                    weeklyText = () -> "weekly salary (" + n(salary) + " USD " + period.name().toLowerCase(Locale.ROOT)
                            + " x " + x(per.decimal()) + " / " + x(weeks.decimal()) + " weeks = " + n(w) + " USD)";
                }
                BigDecimal b = divide(weekly, divisor.decimal());
                base = b;
                baseText = () -> n(b) + " USD/h (" + weeklyText.get() + " / " + x(divisor.decimal())
                        + " h, Lab. Code 515(d)(1))";
            }
            case HOURLY -> {
                List<PayItem> st = new ArrayList<>();
                BigDecimal firstRate = null;
                boolean severalRates = false;
                for (PayItem i : p.pay()) {
                    if (i.kind() == PayKind.STRAIGHT_TIME && i.hours() != null && i.hours().signum() > 0) {
                        st.add(i);
                        if (i.rate() != null) {
                            if (firstRate == null) {
                                firstRate = i.rate();
                            } else if (i.rate().compareTo(firstRate) != 0) {
                                severalRates = true;
                            }
                        }
                    }
                }
                if (severalRates || (e.hourlyRate() == null && !st.isEmpty())) {
                    BigDecimal amount = BigDecimal.ZERO;
                    BigDecimal hours = BigDecimal.ZERO;
                    for (PayItem i : st) {
                        amount = amount.add(i.amount());
                        hours = hours.add(i.hours());
                    }
                    BigDecimal b = divide(amount, hours);
                    base = b;
                    baseText = () -> weightedAverageText(st, b);
                    choices.add("several hourly rates are averaged as straight-time earnings / straight-time hours on the"
                            + " wage statement (weighted-average method, DLSE Manual ch. 49 per secondary summaries)");
                } else {
                    BigDecimal b = RuleFacts.require(e.hourlyRate(), subject, "hourly_rate");
                    base = b;
                    baseText = () -> n(b) + " USD/h (hourly rate)";
                }
            }
            case COMMISSION, PIECE -> {
                BigDecimal hourly = e.hourlyRate();
                base = hourly == null ? BigDecimal.ZERO : hourly;
                baseText = hourly == null ? () -> "0.00 USD/h (no hourly base rate)" : () -> n(hourly) + " USD/h (hourly base rate)";
                if (hourly == null) {
                    // straight-time pay without a stated hourly rate pays for all hours, like the commissions beside it
                    straightTimeSpread = true;
                    choices.add("for commission or piece-rate pay without an hourly rate, straight-time pay is spread over all hours worked");
                }
            }
            default -> throw new IllegalStateException("pay basis " + basis);
        }
        BigDecimal spreadPay = BigDecimal.ZERO;
        BigDecimal flatPay = BigDecimal.ZERO;
        for (PayItem i : p.pay()) {
            if (spreads(i.kind(), straightTimeSpread)) {
                spreadPay = spreadPay.add(i.amount());
            } else if (i.kind() == PayKind.BONUS_FLAT_SUM) {
                flatPay = flatPay.add(i.amount());
            }
        }
        BigDecimal spread = BigDecimal.ZERO;
        Supplier<String> spreadText = () -> "";
        if (spreadPay.signum() > 0 && totalHours.signum() > 0) {
            BigDecimal s = divide(spreadPay, totalHours);
            spread = s;
            List<PayItem> pay = p.pay();
            boolean alsoStraightTime = straightTimeSpread;
            BigDecimal spreadTotal = spreadPay;
            spreadText = () -> spreadText(pay, alsoStraightTime, s, spreadTotal, totalHours);
        }
        BigDecimal flat = BigDecimal.ZERO;
        Supplier<String> flatText = () -> "";
        if (flatPay.signum() > 0) {
            BigDecimal divisorHours = nonOvertimeHours;
            String divisorText = "non-overtime hours worked in the pay period (Alvarado v. Dart Container (2018) 4 Cal.5th 542)";
            if (divisorHours.signum() == 0) {
                divisorHours = totalHours;
                divisorText = "hours worked (the pay period has no non-overtime hours to divide by)";
                choices.add("a flat-sum bonus in a pay period without non-overtime hours is divided by all hours worked");
            }
            if (divisorHours.signum() > 0) {
                BigDecimal f = divide(flatPay, divisorHours);
                flat = f;
                BigDecimal bonus = flatPay;
                BigDecimal hours = divisorHours;
                String hoursText = divisorText;
                flatText = () -> n(f) + " USD/h (flat-sum bonus " + n(bonus) + " USD / " + n(hours) + " " + hoursText + ")";
            }
        }
        return new RegularRate(base, spread, flat, baseText, spreadText, flatText, used, choices);
    }

    /** Whether pay of this kind is spread over all hours worked. */
    private static boolean spreads(PayKind kind, boolean straightTimeSpread) {
        return SPREAD.contains(kind) || straightTimeSpread && kind == PayKind.STRAIGHT_TIME;
    }

    private static String weightedAverageText(List<PayItem> straightTime, BigDecimal base) {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        List<String> lines = new ArrayList<>();
        for (PayItem i : straightTime) {
            amount = amount.add(i.amount());
            hours = hours.add(i.hours());
            lines.add(n(i.amount()) + " USD for " + n(i.hours()) + " h");
        }
        return n(base) + " USD/h (weighted average of the straight-time rates: " + String.join(" + ", lines)
                + " = " + n(amount) + " USD / " + n(hours) + " h)";
    }

    private static String spreadText(List<PayItem> pay, boolean straightTimeSpread, BigDecimal spread,
                                     BigDecimal spreadPay, BigDecimal totalHours) {
        List<String> kinds = new ArrayList<>();
        for (PayItem i : pay) {
            if (spreads(i.kind(), straightTimeSpread)) {
                kinds.add(i.kind().name().toLowerCase(Locale.ROOT) + " " + n(i.amount()));
            }
        }
        return n(spread) + " USD/h (" + String.join(" + ", kinds) + " = " + n(spreadPay)
                + " USD / " + n(totalHours) + " h worked in the pay period)";
    }
}
