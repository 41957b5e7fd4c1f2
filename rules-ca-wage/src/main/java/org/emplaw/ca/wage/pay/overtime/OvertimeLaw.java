package org.emplaw.ca.wage.pay.overtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.emplaw.core.law.DayLaw;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;

/**
 * The figures of Lab. Code 510(a) in force on a date: daily thresholds for 1.5x and 2x, the weekly threshold, the
 * seventh-day rule and the two multipliers, each with its citation.
 */
public record OvertimeLaw(ParameterValue dailyOvertimeAfter, ParameterValue dailyDoubleTimeAfter,
                          ParameterValue weeklyOvertimeAfter, ParameterValue seventhDayConsecutiveDays,
                          ParameterValue seventhDayDoubleTimeAfter, ParameterValue timeAndAHalf,
                          ParameterValue doubleTime) {

    /** The figures in force on a date, looked up as a group (one memoised lookup per day, see {@link DayLaw}). */
    private static final DayLaw<OvertimeLaw> ON_DAY = OvertimeLaw::lookUp;

    public static OvertimeLaw on(LawBook law, LocalDate date) {
        return law.onDay(ON_DAY, date);
    }

    private static OvertimeLaw lookUp(LawBook law, LocalDate date) {
        return new OvertimeLaw(law.value("ca_ot_daily_1_5x_after_hours", null, date),
                law.value("ca_ot_daily_2x_after_hours", null, date),
                law.value("ca_ot_weekly_1_5x_after_hours", null, date),
                law.value("ca_ot_seventh_day_consecutive_days", null, date),
                law.value("ca_ot_seventh_day_2x_after_hours", null, date),
                law.value("ca_ot_multiplier_time_and_a_half", null, date),
                law.value("ca_ot_multiplier_double_time", null, date));
    }

    public List<ParameterValue> values() {
        return List.of(dailyOvertimeAfter, dailyDoubleTimeAfter, weeklyOvertimeAfter, seventhDayConsecutiveDays,
                seventhDayDoubleTimeAfter, timeAndAHalf, doubleTime);
    }

    public BigDecimal daily() {
        return dailyOvertimeAfter.decimal();
    }

    public BigDecimal dailyDouble() {
        return dailyDoubleTimeAfter.decimal();
    }

    public BigDecimal weekly() {
        return weeklyOvertimeAfter.decimal();
    }

    public int seventhDay() {
        return seventhDayConsecutiveDays.decimal().intValueExact();
    }

    public BigDecimal seventhDayDouble() {
        return seventhDayDoubleTimeAfter.decimal();
    }

    public BigDecimal m15() {
        return timeAndAHalf.decimal();
    }

    public BigDecimal m2() {
        return doubleTime.decimal();
    }
}
