package org.emplaw.ca.wage.pay.overtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.emplaw.ca.wage.pay.PayLaw;
import org.emplaw.ca.wage.pay.Workweek;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.WorkDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OvertimeHoursTest {
    private static final LocalDate SUNDAY = LocalDate.parse("2024-03-03");
    private static final OvertimeLaw LAW = OvertimeLaw.on(PayLaw.book(), SUNDAY);

    /** A full Sunday-to-Saturday week; hours per day from Sunday, "-" for a day off. */
    static OvertimeHours week(String... hours) {
        List<WorkDay> days = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            if (!hours[i].equals("-")) {
                days.add(WorkDay.of(SUNDAY.plusDays(i), hours[i]));
            }
        }
        PayPeriod p = new PayPeriod("P", "E", SUNDAY, SUNDAY.plusDays(6), DayOfWeek.SUNDAY, days, List.of(), List.of(), null);
        return OvertimeHours.of(Workweek.split(p, "s").get(0), LAW);
    }

    @ParameterizedTest(name = "week {0}: {1} straight, {2} at 1.5x, {3} at 2x")
    @CsvSource(delimiter = ';', value = {
            // Lab. Code 510(a): exactly 8 a day and 40 a week -> no overtime
            "-,8,8,8,8,8,-; 40; 0; 0",
            // exactly 12 in a day -> 4 at 1.5x, none at 2x (fact sheet T4)
            "-,-,12,-,-,-,-; 8; 4; 0",
            "-,-,12.5,-,-,-,-; 8; 4; 0.5",
            // daily and weekly overtime in one week, no double counting
            "-,10,8,8,8,8,6; 40; 8; 0",
            // 45 straight-time hours over six days -> 5 weekly overtime hours on the sixth day
            "-,7.5,7.5,7.5,7.5,7.5,7.5; 40; 5; 0",
            // seventh consecutive day, fewer than 8 hours -> all at 1.5x
            "6,6,6,6,6,6,5; 36; 5; 0",
            // seventh consecutive day, 10 hours -> 8 at 1.5x and 2 at 2x (fact sheet T5)
            "5,5,5,5,5,5,10; 30; 8; 2",
            // a day off breaks the seventh-day rule
            "5,5,5,5,5,-,10; 33; 2; 0"})
    void splitsTheHoursOfAWorkweekAsLabCode510Requires(String days, String st, String ot, String dt) {
        OvertimeHours h = week(days.split(","));
        assertThat(h.straight()).isEqualByComparingTo(st);
        assertThat(h.overtime()).isEqualByComparingTo(ot);
        assertThat(h.doubleTime()).isEqualByComparingTo(dt);
    }

    static Stream<Arguments> randomWeeks() {
        Random r = new Random(20261121L);
        List<Arguments> out = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            String[] d = new String[7];
            for (int i = 0; i < 7; i++) {
                d[i] = r.nextInt(8) == 0 ? "-" : BigDecimal.valueOf(r.nextInt(57), 2).multiply(BigDecimal.valueOf(25)).toPlainString();
            }
            out.add(Arguments.of((Object) d));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("randomWeeks")
    void everyHourIsCountedOnceAndNoStraightTimeExceedsTheLimits(String[] days) {
        OvertimeHours h = week(days);
        BigDecimal total = BigDecimal.ZERO;
        for (String d : days) {
            total = total.add(d.equals("-") ? BigDecimal.ZERO : new BigDecimal(d));
        }
        assertThat(h.total()).isEqualByComparingTo(total);
        assertThat(h.straight()).isLessThanOrEqualTo(LAW.weekly());
        for (OvertimeHours.Day d : h.days()) {
            assertThat(d.straight()).isLessThanOrEqualTo(LAW.daily());
            assertThat(d.straight().add(d.overtime()).add(d.doubleTime())).isEqualByComparingTo(d.day().hoursWorked());
            assertThat(d.doubleTime().signum()).isNotNegative();
            if (!d.seventhDay()) {
                assertThat(d.doubleTime()).isEqualByComparingTo(d.day().hoursWorked().subtract(LAW.dailyDouble()).max(BigDecimal.ZERO));
            }
        }
        if (h.straight().compareTo(LAW.weekly()) < 0) {
            assertThat(h.days()).allSatisfy(d -> assertThat(d.weekly()).isZero());
        }
    }
}
