package org.emplaw.ca.wage.equalpay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EqualPayDefenceTest {

    @ParameterizedTest(name = "employee {0}, comparator {1}, explained {2}, {3} h -> {4}")
    @CsvSource({"28.00, 30.00, 1.50, 1000, 500.00", "28.00, 30.00, 2.00, 1000, 0", "28.00, 30.00, 2.50, 1000, 0",
            "30.00, 28.00, 0, 1000, 0", "20.00, 25.00, 0, 80, 400.00"})
    void theUnexplainedRemainderIsTheDifferentialLessWhatTheFactorsExplainTimesHours(BigDecimal er, BigDecimal cr, BigDecimal explained,
                                                                                     BigDecimal hours, BigDecimal expected) {
        assertThat(EqualPayDefence.unexplained(period(er, cr, hours), explained)).isEqualByComparingTo(expected);
    }

    static Stream<Arguments> randomPeriods() {
        Random r = new Random(1197L);
        return IntStream.range(0, 50).mapToObj(i -> Arguments.of(
                BigDecimal.valueOf(1500 + r.nextInt(3000), 2), BigDecimal.valueOf(1500 + r.nextInt(3000), 2),
                BigDecimal.valueOf(r.nextInt(500), 2), BigDecimal.valueOf(r.nextInt(2000))));
    }

    @ParameterizedTest(name = "{0} vs {1}, explained {2}, {3} h")
    @MethodSource("randomPeriods")
    void theRemainderIsNeverNegativeNorMoreThanTheWholeDifferential(BigDecimal er, BigDecimal cr, BigDecimal explained, BigDecimal hours) {
        EqualPayClaim.Period p = period(er, cr, hours);
        BigDecimal un = EqualPayDefence.unexplained(p, explained);
        assertThat(un.signum()).isGreaterThanOrEqualTo(0);
        assertThat(un).isLessThanOrEqualTo(EqualPayDefence.differential(p).multiply(hours));
        BigDecimal expected = cr.subtract(er).subtract(explained).max(BigDecimal.ZERO).multiply(hours);
        assertThat(un).isEqualByComparingTo(expected);
    }

    private static EqualPayClaim.Period period(BigDecimal er, BigDecimal cr, BigDecimal hours) {
        return new EqualPayClaim.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), "K", er, cr, hours);
    }
}
