package org.emplaw.ca.wage.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommissionedEmployeeExemptionTest {

    @ParameterizedTest(name = "{0} h, commission {1} + base {2}: earnings {3}, share {4}")
    @CsvSource({
            // 2026: 1.5 x 16.90 = 25.35 per hour (fact sheet section 5)
            "40, 600.00, 414.00, NOT_MET, MET",      // 1014.00 = 40 x 25.35 exactly: not more
            "40, 600.01, 414.00, MET, MET",          // 1014.01 > 1014.00
            "40, 600.00, 600.00, MET, NOT_MET",      // share exactly 0.5
            "20, 507.00, 0.00, NOT_MET, MET",        // 507.00 = 20 x 25.35: not more
            "10, 253.50, 0.00, NOT_MET, MET",        // 253.50 = 10 x 25.35
            "10, 253.51, 0.00, MET, MET"})
    void bothProngsAreStrictInequalities(int hours, BigDecimal commission, BigDecimal base, Outcome earnings, Outcome share) {
        Employee e = Employee.builder("Q").employerHeadcount(30).claims("commissioned").build();
        List<WorkDay> days = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, 3, 2);
        for (int left = hours; left > 0; left -= 10) {
            days.add(WorkDay.of(d, String.valueOf(Math.min(10, left))));
            d = d.plusDays(1);
        }
        PayPeriod p = new PayPeriod("P", "Q", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15), DayOfWeek.MONDAY, days,
                List.of(PayItem.of(PayKind.COMMISSION, commission.toPlainString()), PayItem.of(PayKind.STRAIGHT_TIME, base.toPlainString()),
                        PayItem.of(PayKind.REIMBURSEMENT, "75.00")), List.of(), null);
        var f = CommissionedEmployeeExemption.evaluate(e, p, ModuleLaw.book());
        Outcome expectedEarnings = commission.add(base).compareTo(new BigDecimal("25.35").multiply(BigDecimal.valueOf(hours))) > 0
                ? Outcome.MET : Outcome.NOT_MET;
        assertThat(f.part("ca.wage.exemption.commissioned.earnings").outcome()).isEqualTo(expectedEarnings);
        assertThat(expectedEarnings).isEqualTo(earnings);
        assertThat(f.part("ca.wage.exemption.commissioned.commission-share").outcome()).isEqualTo(share);
        assertThat(CommissionedEmployeeExemption.compensation(p)).isEqualByComparingTo(commission.add(base));
    }
}
