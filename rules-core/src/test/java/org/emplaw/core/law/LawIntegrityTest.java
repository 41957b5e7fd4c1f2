package org.emplaw.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emplaw.core.Emplaw;
import org.emplaw.core.cases.CaseCoverage;
import org.emplaw.core.testmodule.TestModule;
import org.junit.jupiter.api.Test;

class LawIntegrityTest {
    @Test
    void theTestModulesLawHasNoGapsAndEveryRuleHasACase() {
        try (Emplaw e = Emplaw.builder().module(TestModule.load()).build()) {
            assertThat(LawIntegrity.problems(e.law())).isEmpty();
            assertThat(CaseCoverage.of(e.modules().get(0))).allSatisfy(l -> assertThat(l.cases())
                    .as("cases for %s", l.ruleId()).isPositive());
            assertThat(CaseCoverage.text(e.modules().get(0))).contains("Test Code 1").contains("4 of 4 rules have cases");
        }
    }

    @Test
    void aQualifierWhoseSeriesStopsIsAGap() {
        LawBook b = LawBook.of(ParameterTables.parse("""
                parameters:
                  - name: r
                    values:
                      - {effective_from: 2020-01-01, qualifier: a, value: 1, citation: c, status: official}
                      - {effective_from: 2020-01-01, qualifier: b, value: 1, citation: c, status: official}
                      - {effective_from: 2021-01-01, qualifier: a, value: 2, citation: c, status: official}
                """, "m:r.yaml"), List.of());
        assertThat(LawIntegrity.problems(b)).isEmpty();
        LawBook gap = LawBook.of(ParameterTables.parse("""
                parameters:
                  - name: r
                    values:
                      - {effective_from: 2020-01-01, value: 1, citation: c, status: official}
                      - {effective_from: 2021-01-01, qualifier: a, value: 2, citation: c, status: official}
                """, "m:r.yaml"), List.of());
        assertThat(LawIntegrity.problems(gap)).isEmpty();
    }

    @Test
    void twoValuesOnTheSameDateAndQualifierAreRejected() {
        assertThatThrownBy(() -> ParameterTables.parse("""
                parameters:
                  - name: r
                    values:
                      - {effective_from: 2020-01-01, value: 1, citation: c, status: official}
                      - {effective_from: 2020-01-01, value: 2, citation: d, status: official}
                """, "m:r.yaml")).hasMessageContaining("m:r.yaml").hasMessageContaining("two values");
    }
}
