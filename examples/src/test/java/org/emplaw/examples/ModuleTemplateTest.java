package org.emplaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.cases.CaseResult;
import org.emplaw.core.cases.CaseRunner;
import org.emplaw.core.facts.Classification;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.module.FolderRuleModule;
import org.emplaw.core.module.RuleModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module template loads from its folder beside the shipped (ServiceLoader) modules, passes its cases and changes results. */
class ModuleTemplateTest {
    static final String RULE = "us-ca-berkeley.minimum-wage.pay-period";
    static Emplaw shippedOnly;
    static Emplaw withTemplate;

    @BeforeAll
    static void load() {
        shippedOnly = Emplaw.builder().discoverModules().build();
        withTemplate = Emplaw.builder().discoverModules().moduleFolder(TestPaths.template()).build();
    }

    @AfterAll
    static void close() {
        shippedOnly.close();
        withTemplate.close();
    }

    @Test
    void the_template_loads_beside_every_shipped_module() {
        List<String> shipped = shippedOnly.modules().stream().map(m -> m.id()).toList();
        List<String> all = withTemplate.modules().stream().map(m -> m.id()).toList();
        assertThat(all).containsAll(shipped).contains("us-ca-berkeley-min-wage").hasSize(shipped.size() + 1);
        assertThat(withTemplate.law().defines("berkeley_min_wage_hourly")).isTrue();
    }

    @Test
    void the_template_cases_all_pass() {
        List<RuleModule> modules = new ArrayList<>();
        ServiceLoader.load(RuleModule.class).forEach(modules::add);
        FolderRuleModule template = FolderRuleModule.load(TestPaths.template());
        modules.add(template);
        try (CaseRunner runner = new CaseRunner(modules)) {
            List<CaseResult> results = runner.runModule(template);
            assertThat(results).hasSize(7);
            assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.report()).isTrue());
        }
    }

    static EvaluationRequest underpaidIn(String city, String county) {
        Employee e = Employee.builder("B1").workLocation("CA", county, city).hourly("18.50")
                .classification(Classification.NON_EXEMPT).build();
        List<WorkDay> days = new ArrayList<>();
        for (int d = 7; d <= 11; d++) {
            days.add(WorkDay.of(LocalDate.of(2025, 7, d), "8"));
        }
        PayPeriod p = new PayPeriod("P14", "B1", LocalDate.of(2025, 7, 6), LocalDate.of(2025, 7, 19), java.time.DayOfWeek.SUNDAY,
                days, List.of(PayItem.of(PayKind.STRAIGHT_TIME, "740.00")), List.of(), null);
        return EvaluationRequest.asOf(p.end()).subject("employee B1").fact(e).fact(p).build();
    }

    @Test
    void loading_the_template_adds_the_berkeley_finding_for_a_berkeley_employee() {
        EvaluationResult before = shippedOnly.evaluate(underpaidIn("berkeley", "alameda"));
        EvaluationResult after = withTemplate.evaluate(underpaidIn("berkeley", "alameda"));
        assertThat(before.findingsOf(RULE)).isEmpty();
        assertThat(after.findingsOf(RULE)).hasSize(1);
        Finding f = after.findingsOf(RULE).get(0);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        // 40 h x (19.18 - 18.50) = 27.20
        assertThat(f.amount("owed").value()).isEqualByComparingTo(new BigDecimal("27.20"));
        assertThat(f.citations()).contains("Berkeley Mun. Code 13.99.040");
        // everything the shipped modules said is still said
        assertThat(after.findings().stream().filter(x -> !x.ruleId().equals(RULE)).map(Finding::ruleId).toList())
                .isEqualTo(before.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void loading_the_template_changes_nothing_for_an_employee_elsewhere() {
        EvaluationResult before = shippedOnly.evaluate(underpaidIn("los_angeles", "los_angeles"));
        EvaluationResult after = withTemplate.evaluate(underpaidIn("los_angeles", "los_angeles"));
        assertThat(after.findingsOf(RULE)).isEmpty();
        assertThat(after.findings()).isEqualTo(before.findings());
    }
}
