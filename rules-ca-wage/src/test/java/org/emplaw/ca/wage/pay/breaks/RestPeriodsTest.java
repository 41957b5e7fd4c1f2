package org.emplaw.ca.wage.pay.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestPeriodsTest {
    @ParameterizedTest(name = "{0} h -> {1} rest periods")
    @CsvSource({"0,0", "3.49,0", "3.5,1", "6.0,1", "6.01,2", "10.0,2", "10.01,3", "14.0,3", "14.01,4", "24,6"})
    void tenMinutesPerFourHoursOrMajorFractionNoneBelowThreeAndAHalf(String hours, int expected) {
        // WO 4 section 12(A); fact sheet T9; the figures as in params/meal-rest.yaml
        assertThat(RestPeriods.required(new BigDecimal(hours), new BigDecimal("3.5"), new BigDecimal("4"), new BigDecimal("0.5")))
                .isEqualTo(expected);
    }
}
