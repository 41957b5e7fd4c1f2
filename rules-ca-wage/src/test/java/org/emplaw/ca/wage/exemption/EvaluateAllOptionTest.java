package org.emplaw.ca.wage.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.emplaw.core.BatchInput;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.facts.Classification;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.finding.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request option {@code ca.exemptions.evaluate-all} is served by a network that holds the widened exemption rules
 * (they are out of the module's usual one): requests with and without it, single or mixed in one batch, each get the
 * findings of their own network.
 */
class EvaluateAllOptionTest {
    private static final String OPTION = "ca.exemptions.evaluate-all";
    private static final List<String> EXEMPTIONS = List.of("ca.wage.exemption.executive", "ca.wage.exemption.administrative",
            "ca.wage.exemption.professional", "ca.wage.exemption.computer-professional", "ca.wage.exemption.physician",
            "ca.wage.exemption.outside-sales");
    static Emplaw emplaw;

    @BeforeAll
    static void load() {
        emplaw = Emplaw.builder().modules("us-ca-wage").chunkSize(3).threads(2).build();
    }

    @AfterAll
    static void close() {
        emplaw.close();
    }

    private static EvaluationRequest request(int i, boolean all) {
        // an hourly, non-exempt employee who claims no exemption
        Employee e = Employee.builder("A" + i).employerHeadcount(30).payBasis(PayBasis.HOURLY)
                .hourly("30.00").classification(Classification.NON_EXEMPT).build();
        EvaluationRequest.Builder b = EvaluationRequest.asOf(LocalDate.of(2026, 3, 31)).subject("employee A" + i).fact(e);
        if (all) {
            b.option(OPTION, "true");
        }
        return b.build();
    }

    private static List<String> exemptionRules(List<Finding> fs) {
        List<String> out = new ArrayList<>();
        for (Finding f : fs) {
            if (EXEMPTIONS.contains(f.ruleId())) {
                out.add(f.ruleId());
            }
        }
        return out;
    }

    @Test
    void anEmployeeWhoClaimsNoExemptionIsTestedForEveryExemptionOnlyWithTheOption() {
        List<Finding> without = emplaw.evaluate(request(1, false)).findings();
        List<Finding> with = emplaw.evaluate(request(1, true)).findings();
        assertThat(exemptionRules(without)).isEmpty();
        assertThat(exemptionRules(with)).containsExactlyInAnyOrderElementsOf(EXEMPTIONS);
        assertThat(with).filteredOn(f -> EXEMPTIONS.contains(f.ruleId()))
                .allSatisfy(f -> assertThat(f.ruleName()).endsWith("tested for an employee who does not claim it (option "
                        + OPTION + ")"));
        // "false" is not the option
        EvaluationRequest off = EvaluationRequest.asOf(LocalDate.of(2026, 3, 31)).subject("employee A1")
                .facts(request(1, false).facts()).option(OPTION, "false").build();
        assertThat(emplaw.evaluate(off).findings()).isEqualTo(without);
    }

    @Test
    void aBatchMixingRequestsWithAndWithoutTheOptionGivesEachTheFindingsOfASingleEvaluation() {
        List<EvaluationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(request(i, i % 3 == 0 || i % 7 == 1));
        }
        List<BatchInput> inputs = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            inputs.add(BatchInput.of("request " + i, requests.get(i)));
        }
        Iterator<BatchResult> results = emplaw.evaluateAll(inputs.iterator());
        int n = 0;
        while (results.hasNext()) {
            BatchResult r = results.next();
            assertThat(r.ok()).as(r.record()).isTrue();
            assertThat(r.result().findings()).as(r.record()).isEqualTo(emplaw.evaluate(requests.get(n)).findings());
            assertThat(exemptionRules(r.result().findings())).as(r.record())
                    .hasSize(requests.get(n).options().containsKey(OPTION) ? EXEMPTIONS.size() : 0);
            n++;
        }
        assertThat(n).isEqualTo(requests.size());
    }
}
