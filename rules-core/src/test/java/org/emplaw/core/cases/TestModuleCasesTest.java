package org.emplaw.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.emplaw.core.module.FolderRuleModule;
import org.emplaw.core.testmodule.TestModule;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TestModuleCasesTest {
    @TestFactory
    Stream<DynamicNode> theTestModulesYamlCasesPass() {
        FolderRuleModule m = TestModule.load();
        return CaseTests.forModule(m, List.of(m));
    }

    @Test
    void aFailingCaseReportsExpectedAgainstActualAndTheTrace() {
        FolderRuleModule m = TestModule.load();
        try (CaseRunner runner = new CaseRunner(List.of(m))) {
            List<CaseResult> results = runner.run("""
                    cases:
                      - name: A wrong expectation fails with a readable report
                        source: invented
                        as_of: 2020-06-30
                        facts:
                          - employee: {id: E9, employer_headcount: 30, pay_basis: hourly, hourly_rate: 9.00}
                        expect:
                          - rule: test.minimum-rate
                            outcome: met
                            amounts: {shortfall_per_hour: 0.50}
                    """, "inline");
            assertThat(results).singleElement().satisfies(r -> {
                assertThat(r.passed()).isFalse();
                assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("expected outcome MET, actual NOT_MET"));
                assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("expected amount shortfall_per_hour = 0.50, actual 1.00"));
                assertThat(r.report()).contains("trace:").contains("Test Code 1");
            });
        }
    }

    @Test
    void caseFilesRejectUnknownKeysAndCasesWithoutSource() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaseFiles.parse("""
                cases:
                  - name: x
                    as_of: 2020-01-01
                    expect: [{rule: r, outcome: met}]
                """, "f.yaml")).hasMessageContaining("source");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaseFiles.parse("""
                cases:
                  - name: x
                    source: s
                    as_of: 2020-01-01
                    expect: [{rule: r, outcom: met}]
                """, "f.yaml")).hasMessageContaining("outcom");
    }
}
