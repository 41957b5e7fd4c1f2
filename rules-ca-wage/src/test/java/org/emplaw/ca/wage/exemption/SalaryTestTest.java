package org.emplaw.ca.wage.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.emplaw.core.facts.Classification;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.SalaryPeriod;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SalaryTestTest {

    @ParameterizedTest(name = "{0} employer of {1}: floor {2}")
    @CsvSource({
            "2016-06-30, 30, 41600", "2017-06-30, 30, 43680", "2017-06-30, 10, 41600", "2018-06-30, 26, 45760",
            "2018-06-30, 25, 43680", "2019-06-30, 30, 49920", "2019-06-30, 10, 45760", "2020-06-30, 30, 54080",
            "2020-06-30, 10, 49920", "2021-06-30, 30, 58240", "2021-06-30, 10, 54080", "2022-06-30, 30, 62400",
            "2022-06-30, 10, 58240", "2023-06-30, 10, 64480", "2024-06-30, 10, 66560", "2025-06-30, 10, 68640",
            "2026-06-30, 10, 70304"})
    void theDerivedFloorMatchesThePublishedTableAndExactlyAtTheFloorPasses(LocalDate date, int headcount, BigDecimal floor) {
        Finding at = SalaryTest.level("t", salaried(headcount, floor, SalaryPeriod.ANNUAL), ModuleLaw.book(), date);
        Finding below = SalaryTest.level("t", salaried(headcount, floor.subtract(new BigDecimal("0.01")), SalaryPeriod.ANNUAL),
                ModuleLaw.book(), date);
        assertThat(at.outcome()).isEqualTo(Outcome.MET);
        assertThat(at.amount("salary_floor_annual").value()).isEqualByComparingTo(floor);
        assertThat(below.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    static Stream<Arguments> randomSalaries() {
        Random r = new Random(20261101L);
        SalaryPeriod[] periods = SalaryPeriod.values();
        return IntStream.range(0, 40).mapToObj(i -> Arguments.of(
                BigDecimal.valueOf(20000 + r.nextInt(100000), 0).add(BigDecimal.valueOf(r.nextInt(100), 2)),
                periods[r.nextInt(periods.length)]));
    }

    @ParameterizedTest(name = "{0} per {1}")
    @MethodSource("randomSalaries")
    void theSalaryLevelIsMetExactlyWhenTheAnnualisedSalaryReachesTheFloor(BigDecimal amount, SalaryPeriod period) {
        LocalDate date = LocalDate.of(2026, 6, 30);
        BigDecimal perYear = switch (period) {
            case WEEKLY -> new BigDecimal("52");
            case BIWEEKLY -> new BigDecimal("26");
            case SEMIMONTHLY -> new BigDecimal("24");
            case MONTHLY -> new BigDecimal("12");
            case ANNUAL -> BigDecimal.ONE;
        };
        BigDecimal salaryPerYear = amount.multiply(perYear);
        Finding f = SalaryTest.level("t", salaried(10, amount, period), ModuleLaw.book(), date);
        assertThat(f.amount("annualised_salary").value()).isEqualByComparingTo(salaryPerYear);
        assertThat(f.outcome()).isEqualTo(salaryPerYear.compareTo(new BigDecimal("70304")) >= 0 ? Outcome.MET : Outcome.NOT_MET);
    }

    @ParameterizedTest(name = "hourly pay: {0}")
    @CsvSource({"15.00", "60.00", "200.00"})
    void hourlyPayIsNeverASalaryBasis(BigDecimal rate) {
        Employee e = Employee.builder("H").employerHeadcount(10).hourly(rate.toPlainString()).classification(Classification.EXEMPT).build();
        assertThat(SalaryTest.basis("t", e, List.of(), ModuleLaw.book(), LocalDate.of(2025, 1, 31)).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(SalaryTest.level("t", e, ModuleLaw.book(), LocalDate.of(2025, 1, 31)).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    private static Employee salaried(int headcount, BigDecimal amount, SalaryPeriod period) {
        return Employee.builder("E").employerHeadcount(headcount).salary(amount.toPlainString(), period)
                .classification(Classification.EXEMPT).build();
    }
}
