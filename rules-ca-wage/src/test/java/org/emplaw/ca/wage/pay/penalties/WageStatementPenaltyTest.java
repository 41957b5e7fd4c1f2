package org.emplaw.ca.wage.pay.penalties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emplaw.ca.wage.pay.PayLaw;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WageStatementPenaltyTest {
    @ParameterizedTest(name = "{0} deficient weekly statements -> {1} USD")
    @CsvSource({"1,50", "2,150", "40,3950", "41,4000", "60,4000"})
    void fiftyForTheFirstPeriodAHundredForEachLaterOneCappedAtFourThousand(int periods, String expected) {
        // Lab. Code 226(e)(1): 50 + 100 x (n - 1), at most 4,000
        List<PayPeriod> ps = new ArrayList<>();
        LocalDate start = LocalDate.parse("2024-01-07");
        for (int i = 0; i < periods; i++) {
            LocalDate s = start.plusWeeks(i);
            ps.add(new PayPeriod("P" + i, "E", s, s.plusDays(6), DayOfWeek.SUNDAY, List.of(),
                    List.of(PayItem.of(PayKind.STRAIGHT_TIME, "100")), List.of(), null));
        }
        EvaluationContext ctx = new EvaluationContext(LocalDate.parse("2026-01-01"), "t",
                Map.of(WageStatementPenalty.KNOWING, "true"));
        Finding f = WageStatementPenalty.evaluate(Employee.builder("E").build(), ps, PayLaw.book(), ctx);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.amount("owed").value()).isEqualByComparingTo(expected);
    }
}
