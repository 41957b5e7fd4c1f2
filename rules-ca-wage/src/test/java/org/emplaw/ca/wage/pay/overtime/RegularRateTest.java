package org.emplaw.ca.wage.pay.overtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.emplaw.ca.wage.pay.PayLaw;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.SalaryPeriod;
import org.junit.jupiter.api.Test;

class RegularRateTest {
    private static final LocalDate D = LocalDate.parse("2024-03-03");

    private static PayPeriod pay(PayItem... items) {
        return new PayPeriod("P", "E", D, D.plusDays(6), DayOfWeek.SUNDAY, List.of(), List.of(items), List.of(), null);
    }

    @Test
    void aWeeklySalaryOf800GivesARegularRateOf20() {
        Employee e = Employee.builder("E").salary("800", SalaryPeriod.WEEKLY).build();
        RegularRate r = RegularRate.of(e, pay(), new BigDecimal("50"), new BigDecimal("40"), PayLaw.book(), D);
        assertThat(r.rate()).isEqualByComparingTo("20");
    }

    @Test
    void aMonthlySalaryIsConvertedToWeeklyByTwelveFiftySeconds() {
        Employee e = Employee.builder("E").salary("3466.67", SalaryPeriod.MONTHLY).build();
        RegularRate r = RegularRate.of(e, pay(), new BigDecimal("40"), new BigDecimal("40"), PayLaw.book(), D);
        // 3466.67 x 12 / 52 / 40 = 20.000019...
        assertThat(r.rate()).isBetween(new BigDecimal("20.0000"), new BigDecimal("20.0001"));
    }

    @Test
    void aFlatSumBonusIsDividedByNonOvertimeHoursAndAProductionBonusByAllHours() {
        Employee e = Employee.builder("E").hourly("20").build();
        RegularRate flat = RegularRate.of(e, pay(PayItem.of(PayKind.BONUS_FLAT_SUM, "100")), new BigDecimal("45"),
                new BigDecimal("40"), PayLaw.book(), D);
        RegularRate prod = RegularRate.of(e, pay(PayItem.of(PayKind.BONUS_PRODUCTION, "90")), new BigDecimal("45"),
                new BigDecimal("40"), PayLaw.book(), D);
        assertThat(flat.flatSum()).isEqualByComparingTo("2.50");
        assertThat(flat.rate()).isEqualByComparingTo("22.50");
        assertThat(prod.spread()).isEqualByComparingTo("2.00");
        assertThat(prod.rate()).isEqualByComparingTo("22.00");
    }

    @Test
    void discretionaryBonusesPaidLeaveAndPremiumsStayOutOfTheRegularRate() {
        Employee e = Employee.builder("E").hourly("20").build();
        RegularRate r = RegularRate.of(e, pay(PayItem.of(PayKind.BONUS_DISCRETIONARY, "100"), PayItem.of(PayKind.PAID_LEAVE, "160"),
                PayItem.of(PayKind.MEAL_PREMIUM, "20"), PayItem.of(PayKind.REIMBURSEMENT, "50")), new BigDecimal("45"),
                new BigDecimal("40"), PayLaw.book(), D);
        assertThat(r.rate()).isEqualByComparingTo("20");
        assertThat(r.baseOnly()).isTrue();
    }

    @Test
    void overtimeOwedOnAProductionBonusIsOnlyTheExtraHalf() {
        OvertimeLaw law = OvertimeLaw.on(PayLaw.book(), D);
        OvertimeHours h = new OvertimeHours(new BigDecimal("40"), new BigDecimal("5"), BigDecimal.ZERO, List.of(), false);
        RegularRate r = new RegularRate(new BigDecimal("20"), new BigDecimal("2"), BigDecimal.ZERO, "", "", "", List.of(), List.of());
        // 5 x 1.5 x 20 + 5 x 0.5 x 2 = 155
        assertThat(WorkweekOvertime.owed(h, law, r)).isEqualByComparingTo("155");
    }

    @Test
    void overtimePaidIsAttributedToWeeksInProportionOrInOrder() {
        List<BigDecimal> owed = List.of(new BigDecimal("150.00"), new BigDecimal("50.00"));
        assertThat(WorkweekOvertime.proportional(new BigDecimal("100.00"), owed))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("75.00"), new BigDecimal("25.00"));
        assertThat(WorkweekOvertime.chronological(new BigDecimal("100.00"), owed))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("100.00"), BigDecimal.ZERO);
        assertThat(WorkweekOvertime.proportional(new BigDecimal("10.00"), List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("10.00"), BigDecimal.ZERO);
    }
}
