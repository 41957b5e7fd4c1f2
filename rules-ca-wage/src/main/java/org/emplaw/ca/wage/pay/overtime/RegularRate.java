package org.emplaw.ca.wage.pay.overtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
 */
public record RegularRate(BigDecimal base, BigDecimal spread, BigDecimal flatSum, String baseExplanation,
                          String spreadExplanation, String flatSumExplanation, List<ParameterValue> parameters,
                          List<String> choices) {

    private static final Set<PayKind> SPREAD = EnumSet.of(PayKind.COMMISSION, PayKind.PIECE, PayKind.BONUS_PRODUCTION,
            PayKind.SHIFT_PREMIUM);

    public RegularRate {
        parameters = List.copyOf(parameters);
        choices = List.copyOf(choices);
    }

    /** The regular rate of pay: base + spread + flat sum. */
    public BigDecimal rate() {
        return base.add(spread).add(flatSum);
    }

    /** True when the pay period has no bonus, commission or other pay beyond the base. */
    public boolean baseOnly() {
        return spread.signum() == 0 && flatSum.signum() == 0;
    }

    public String explain() {
        StringBuilder sb = new StringBuilder("regular rate ").append(n(rate())).append(" USD/h = base ").append(baseExplanation);
        if (spread.signum() != 0) {
            sb.append(" + ").append(spreadExplanation);
        }
        if (flatSum.signum() != 0) {
            sb.append(" + ").append(flatSumExplanation);
        }
        return sb.toString();
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
        String baseText;
        Set<PayKind> spreadKindsAlso = EnumSet.noneOf(PayKind.class);
        switch (basis) {
            case SALARY -> {
                BigDecimal salary = RuleFacts.require(e.salary(), subject, "salary");
                var period = RuleFacts.require(e.salaryPeriod(), subject, "salary_period");
                ParameterValue divisor = law.value("ca_nonexempt_salaried_regular_rate_divisor", null, date);
                used.add(divisor);
                BigDecimal weekly;
                String weeklyText;
                if (period == org.emplaw.core.facts.SalaryPeriod.WEEKLY) {
                    weekly = salary;
                    weeklyText = "weekly salary " + n(salary) + " USD";
                } else {
                    ParameterValue per = law.value("ca_salary_periods_per_year", period.name().toLowerCase(Locale.ROOT), date);
                    ParameterValue weeks = law.value("ca_salary_weeks_per_year", null, date);
                    used.add(per);
                    used.add(weeks);
                    weekly = divide(salary.multiply(per.decimal()), weeks.decimal());
                    weeklyText = "weekly salary (" + n(salary) + " USD " + period.name().toLowerCase(Locale.ROOT)
                            + " x " + x(per.decimal()) + " / " + x(weeks.decimal()) + " weeks = " + n(weekly) + " USD)";
                }
                base = divide(weekly, divisor.decimal());
                baseText = n(base) + " USD/h (" + weeklyText + " / " + x(divisor.decimal()) + " h, Lab. Code 515(d)(1))";
            }
            case HOURLY -> {
                List<PayItem> st = new ArrayList<>();
                TreeSet<BigDecimal> rates = new TreeSet<>();
                for (PayItem i : p.pay()) {
                    if (i.kind() == PayKind.STRAIGHT_TIME && i.hours() != null && i.hours().signum() > 0) {
                        st.add(i);
                        if (i.rate() != null) {
                            rates.add(i.rate().stripTrailingZeros());
                        }
                    }
                }
                if (rates.size() > 1 || (e.hourlyRate() == null && !st.isEmpty())) {
                    BigDecimal amount = BigDecimal.ZERO;
                    BigDecimal hours = BigDecimal.ZERO;
                    List<String> lines = new ArrayList<>();
                    for (PayItem i : st) {
                        amount = amount.add(i.amount());
                        hours = hours.add(i.hours());
                        lines.add(n(i.amount()) + " USD for " + n(i.hours()) + " h");
                    }
                    base = divide(amount, hours);
                    baseText = n(base) + " USD/h (weighted average of the straight-time rates: " + String.join(" + ", lines)
                            + " = " + n(amount) + " USD / " + n(hours) + " h)";
                    choices.add("several hourly rates are averaged as straight-time earnings / straight-time hours on the"
                            + " wage statement (weighted-average method, DLSE Manual ch. 49 per secondary summaries)");
                } else {
                    base = RuleFacts.require(e.hourlyRate(), subject, "hourly_rate");
                    baseText = n(base) + " USD/h (hourly rate)";
                }
            }
            case COMMISSION, PIECE -> {
                base = e.hourlyRate() == null ? BigDecimal.ZERO : e.hourlyRate();
                baseText = e.hourlyRate() == null ? "0.00 USD/h (no hourly base rate)" : n(base) + " USD/h (hourly base rate)";
                if (e.hourlyRate() == null) {
                    // straight-time pay without a stated hourly rate pays for all hours, like the commissions beside it
                    spreadKindsAlso = EnumSet.of(PayKind.STRAIGHT_TIME);
                    choices.add("for commission or piece-rate pay without an hourly rate, straight-time pay is spread over all hours worked");
                }
            }
            default -> throw new IllegalStateException("pay basis " + basis);
        }
        BigDecimal spreadPay = BigDecimal.ZERO;
        BigDecimal flatPay = BigDecimal.ZERO;
        List<String> spreadKinds = new ArrayList<>();
        for (PayItem i : p.pay()) {
            if (SPREAD.contains(i.kind()) || spreadKindsAlso.contains(i.kind())) {
                spreadPay = spreadPay.add(i.amount());
                spreadKinds.add(i.kind().name().toLowerCase(Locale.ROOT) + " " + n(i.amount()));
            } else if (i.kind() == PayKind.BONUS_FLAT_SUM) {
                flatPay = flatPay.add(i.amount());
            }
        }
        BigDecimal spread = BigDecimal.ZERO;
        String spreadText = "";
        if (spreadPay.signum() > 0 && totalHours.signum() > 0) {
            spread = divide(spreadPay, totalHours);
            spreadText = n(spread) + " USD/h (" + String.join(" + ", spreadKinds) + " = " + n(spreadPay)
                    + " USD / " + n(totalHours) + " h worked in the pay period)";
        }
        BigDecimal flat = BigDecimal.ZERO;
        String flatText = "";
        if (flatPay.signum() > 0) {
            BigDecimal divisorHours = nonOvertimeHours;
            String divisorText = "non-overtime hours worked in the pay period (Alvarado v. Dart Container (2018) 4 Cal.5th 542)";
            if (divisorHours.signum() == 0) {
                divisorHours = totalHours;
                divisorText = "hours worked (the pay period has no non-overtime hours to divide by)";
                choices.add("a flat-sum bonus in a pay period without non-overtime hours is divided by all hours worked");
            }
            if (divisorHours.signum() > 0) {
                flat = divide(flatPay, divisorHours);
                flatText = n(flat) + " USD/h (flat-sum bonus " + n(flatPay) + " USD / " + n(divisorHours) + " " + divisorText + ")";
            }
        }
        return new RegularRate(base, spread, flat, baseText, spreadText, flatText, used, choices);
    }
}
