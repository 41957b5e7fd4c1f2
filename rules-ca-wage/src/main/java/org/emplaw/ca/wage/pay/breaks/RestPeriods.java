package org.emplaw.ca.wage.pay.breaks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.emplaw.ca.wage.pay.PayPeriodAnalysis;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.law.DayLaw;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;

import static org.emplaw.ca.wage.pay.Figures.n;
import static org.emplaw.ca.wage.pay.Figures.x;

/**
 * Rest periods (Wage Order 4 section 12(A)): ten minutes net rest time per four hours of work or major fraction
 * thereof, none required when total daily work time is less than 3.5 hours. "Major fraction" is more than half
 * (Brinker): 1 rest period for 3.5 to 6 hours, 2 for more than 6 up to 10, 3 for more than 10 up to 14. One finding per
 * workday with fewer rest periods than required (it owes the premium of Lab. Code 226.7(c)) or not recorded, and one MET
 * finding per workweek for the workdays whose required rest periods were authorised and permitted ({@link BreakPremium}).
 */
public final class RestPeriods {
    public static final String QUESTION = "Was every rest period the workday required authorised and permitted (Wage Order 4 section 12)?";

    private RestPeriods() {
    }

    public static List<Finding> evaluate(PayPeriodAnalysis a, LawBook law) {
        return BreakPremium.evaluate(a, law, QUESTION, PayKind.REST_PREMIUM, "rest", RestPeriods::decide);
    }

    /** Number of rest periods for a day: per full block of hours, plus one for a remainder of more than the major fraction. */
    public static int required(BigDecimal hours, BigDecimal notBelow, BigDecimal block, BigDecimal majorShare) {
        return requiredWithMajor(hours, notBelow, block, block.multiply(majorShare));
    }

    /** As {@link #required(BigDecimal, BigDecimal, BigDecimal, BigDecimal)}, with the major fraction in hours. */
    private static int requiredWithMajor(BigDecimal hours, BigDecimal notBelow, BigDecimal block, BigDecimal majorHours) {
        if (hours.compareTo(notBelow) < 0) {
            return 0;
        }
        // the full blocks (rounded down, as divideAndRemainder's integral quotient, without its precision computation)
        // and the hours left over
        BigDecimal full = hours.divide(block, 0, RoundingMode.DOWN);
        int n = full.intValueExact();
        if (hours.subtract(full.multiply(block)).compareTo(majorHours) > 0) {
            n++;
        }
        return Math.max(n, 1);
    }

    /**
     * The figures of Wage Order 4 section 12(A) for a day, in the order they are listed in the finding ({@code used}),
     * and the major fraction of a block in hours; looked up as a group, once per day ({@link DayLaw}).
     */
    private record RestLaw(ParameterValue notBelow, ParameterValue block, ParameterValue major, ParameterValue minutes,
                           BigDecimal majorHours, List<ParameterValue> used) {
        static final DayLaw<RestLaw> ON_DAY = RestLaw::lookUp;

        private static RestLaw lookUp(LawBook law, LocalDate date) {
            ParameterValue notBelow = law.value("ca_rest_not_required_below_hours", null, date);
            ParameterValue block = law.value("ca_rest_work_hours_per_period", null, date);
            ParameterValue major = law.value("ca_rest_major_fraction_share", null, date);
            ParameterValue minutes = law.value("ca_rest_minutes_per_period", null, date);
            return new RestLaw(notBelow, block, major, minutes, block.decimal().multiply(major.decimal()),
                    List.of(notBelow, block, major, minutes));
        }
    }

    /** What was decided for a workday that required rest periods, kept to write the reason when it is read. */
    private record RestDay(BigDecimal hours, int required, ParameterValue notBelow, ParameterValue block,
                           ParameterValue major, ParameterValue minutes, Integer taken) {
        String reason() {
            String base = n(hours) + " h worked: " + required + " rest period(s) of " + x(minutes.decimal()) + " minutes required ("
                    + "one per " + x(block.decimal()) + " h or major fraction, more than " + x(block.decimal().multiply(major.decimal()))
                    + " h; none below " + x(notBelow.decimal()) + " h)";
            return taken == null ? base + "; the rest periods taken were not recorded"
                    : base + "; " + taken + " authorised and permitted";
        }
    }

    static BreakPremium.DayDecision decide(WorkDay d, LawBook law) {
        RestLaw rl = law.onDay(RestLaw.ON_DAY, d.date());
        List<ParameterValue> used = rl.used();
        BigDecimal h = d.hoursWorked();
        int req = requiredWithMajor(h, rl.notBelow().decimal(), rl.block().decimal(), rl.majorHours());
        if (req == 0) {
            return new BreakPremium.DayDecision(d, false, true, () -> "", used, List.of());
        }
        RestDay decided = new RestDay(h, req, rl.notBelow(), rl.block(), rl.major(), rl.minutes(), d.restBreaksTaken());
        if (d.restBreaksTaken() == null) {
            return new BreakPremium.DayDecision(d, true, false, decided::reason, used, List.of("rest_breaks_taken"));
        }
        boolean ok = d.restBreaksTaken() >= req;
        return new BreakPremium.DayDecision(d, true, ok, decided::reason, used, List.of());
    }
}
