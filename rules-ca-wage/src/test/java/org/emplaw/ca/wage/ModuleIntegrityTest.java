package org.emplaw.ca.wage;

import static org.assertj.core.api.Assertions.assertThat;

import org.emplaw.core.Emplaw;
import org.emplaw.core.ModuleInfo;
import org.emplaw.core.cases.CaseCoverage;
import org.emplaw.core.law.LawIntegrity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Law-table integrity and case coverage of us-ca-wage, run in every build. */
class ModuleIntegrityTest {
    static Emplaw emplaw;

    @BeforeAll
    static void load() {
        emplaw = Emplaw.builder().modules("us-ca-wage").build();
    }

    @AfterAll
    static void close() {
        emplaw.close();
    }

    @Test
    void theModuleIsLoadedFromItsBuildTimeExecutableModel() {
        assertThat(emplaw.modules()).singleElement().satisfies(m -> assertThat(m.buildTimeModel()).isTrue());
        org.emplaw.core.engine.ModuleRuntime rt = org.emplaw.core.engine.ModuleRuntime.of(emplaw.modules().get(0).module());
        assertThat(rt.releaseId()).isEqualTo("org.emplaw:rules-ca-wage:" + emplaw.modules().get(0).version());
    }

    @Test
    void everyParameterTableIsCitedAndHasNoGaps() {
        assertThat(LawIntegrity.problems(emplaw.law())).isEmpty();
    }

    @Test
    void everyRuleHasACitationAndAtLeastOneCase() {
        ModuleInfo m = emplaw.modules().get(0);
        assertThat(m.rules()).allSatisfy(r -> assertThat(r.citation()).as(r.id()).isNotBlank());
        assertThat(CaseCoverage.of(m)).allSatisfy(l -> assertThat(l.cases()).as("cases for %s (%s)", l.ruleId(),
                l.citation()).isPositive());
    }
}
