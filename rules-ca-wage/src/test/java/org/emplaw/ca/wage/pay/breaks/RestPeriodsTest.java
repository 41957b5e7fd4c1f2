package org.emplaw.ca.wage.pay.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RestPeriodsTest {
    @ParameterizedTest(name = "{0} h -> {1} rest periods")
    @CsvSource({"0,0", "3.49,0", "3.5,1", "6.0,1", "6.01,2", "10.0,2", "10.01,3", "14.0,3", "14.01,4", "24,6"})
    void tenMinutesPerFourHoursOrMajorFractionNoneBelowThreeAndAHalf(String hours, int expected) {
        // WO 4 section 12(A); fact sheet T9; the figures as in params/meal-rest.yaml
        assertThat(RestPeriods.required(new BigDecimal(hours), new BigDecimal("3.5"), new BigDecimal("4"), new BigDecimal("0.5")))
                .isEqualTo(expected);
    }

    /**
     * The count on seeded random hours of up to four decimals, with blocks and fractions given at other scales, against
     * the same rule counted in whole ten-thousandths of an hour: full blocks, one more for a remainder above the major
     * fraction, at least one from the lower limit on.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void countsLikeTheRuleInWholeUnits(long seed) {
        Random r = new Random(seed);
        String[][] figures = {{"3.5", "4", "0.5"}, {"3.50", "4.00", "0.50"}, {"2", "3.25", "0.4"}, {"0.5", "1.5", "0.25"}};
        for (int i = 0; i < 20_000; i++) {
            String[] f = figures[r.nextInt(figures.length)];
            int scale = r.nextInt(5);
            BigDecimal hours = BigDecimal.valueOf(r.nextInt(25 * (int) Math.pow(10, scale)), scale);
            long units = hours.movePointRight(4).longValueExact();
            long notBelow = new BigDecimal(f[0]).movePointRight(4).longValueExact();
            long block = new BigDecimal(f[1]).movePointRight(4).longValueExact();
            BigDecimal majorUnits = new BigDecimal(f[1]).multiply(new BigDecimal(f[2])).movePointRight(4);
            int expected = 0;
            if (units >= notBelow) {
                expected = (int) (units / block) + (BigDecimal.valueOf(units % block).compareTo(majorUnits) > 0 ? 1 : 0);
                expected = Math.max(expected, 1);
            }
            assertThat(RestPeriods.required(hours, new BigDecimal(f[0]), new BigDecimal(f[1]), new BigDecimal(f[2])))
                    .as("%s h with %s", hours, String.join(", ", f)).isEqualTo(expected);
        }
    }
}
