package org.emplaw.ca.wage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.facts.Employee;
import org.junit.jupiter.api.Test;

class SpikeTest {
    @Test
    void spike() {
        try (Emplaw e = Emplaw.builder().discoverModules().build()) {
            assertThat(e.modules().get(0).buildTimeModel()).isTrue();
            EvaluationResult r = e.evaluate(EvaluationRequest.asOf(LocalDate.of(2017, 3, 1)).subject("E1")
                    .fact(Employee.builder("E1").hourly("10.25").employerHeadcount(10).build()).build());
            System.err.println(r.findings());
            System.err.println(r.trace());
            System.err.println(r.receipt());
        }
    }
}
