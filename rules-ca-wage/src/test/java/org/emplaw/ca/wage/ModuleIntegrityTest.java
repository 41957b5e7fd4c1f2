package org.emplaw.ca.wage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emplaw.core.Emplaw;
import org.emplaw.core.engine.ModuleRuntime;
import org.emplaw.core.facts.EvaluationContext;
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

    @Test
    void rulesEnabledByAnOptionAreOutOfTheUsualNetworkAndInTheOneForRequestsThatSetIt() {
        ModuleRuntime rt = ModuleRuntime.of(emplaw.modules().get(0).module());
        String option = "ca.exemptions.evaluate-all";
        assertThat(rt.options()).containsExactly(option);
        List<String> usual = names(rt.kieBase());
        assertThat(usual).noneMatch(n -> n.endsWith("(option " + option + ")"));

        ModuleRuntime withOption = rt.forRequest(new EvaluationContext(LocalDate.of(2026, 3, 31), "s", Map.of(option, "true")));
        assertThat(withOption).isNotSameAs(rt);
        assertThat(withOption.enabledOptions()).containsExactly(option);
        assertThat(withOption.id()).isEqualTo(rt.id());
        List<String> enabled = names(withOption.kieBase());
        List<String> added = new ArrayList<>(enabled);
        added.removeAll(usual);
        // one rule per exemption tests employees who do not claim it, and one sets the occasions of their tests
        assertThat(added).hasSize(8).allMatch(n -> n.endsWith("(option " + option + ")"));
        assertThat(added).filteredOn(n -> n.endsWith(", tested for an employee who does not claim it (option " + option + ")")).hasSize(7);
        assertThat(added).filteredOn(n -> n.startsWith("An employee's exemptions are tested as a whole")).hasSize(1);
        assertThat(enabled).containsAll(usual);
        // built once, then kept; an option set to false, or absent, keeps the usual network
        assertThat(rt.forRequest(new EvaluationContext(LocalDate.of(2026, 3, 31), "t", Map.of(option, "true")))).isSameAs(withOption);
        assertThat(rt.forRequest(new EvaluationContext(LocalDate.of(2026, 3, 31), "u", Map.of(option, "false")))).isSameAs(rt);
        assertThat(rt.forRequest(new EvaluationContext(LocalDate.of(2026, 3, 31), "v", Map.of()))).isSameAs(rt);
        // the module's rules are all of them, whichever network a request uses
        assertThat(rt.rules()).extracting(org.emplaw.core.rules.RuleRef::name).containsExactlyInAnyOrderElementsOf(enabled);
    }

    @Test
    void rulesLoadInTheOrderOfTheModuleFilesAndOfTheRulesInEachFileWhateverOrderTheBuildGeneratedThemIn() throws Exception {
        ModuleRuntime rt = ModuleRuntime.of(emplaw.modules().get(0).module());
        List<String> sourceOrder = new ArrayList<>();
        Pattern rule = Pattern.compile("(?m)^rule \"([^\"]+)\"");
        for (String file : rt.module().descriptor().rules()) {
            try (var in = rt.module().open(file)) {
                Matcher m = rule.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                while (m.find()) {
                    sourceOrder.add(m.group(1));
                }
            }
        }
        ModuleRuntime all = rt.forRequest(new EvaluationContext(LocalDate.of(2026, 3, 31), "s",
                Map.of("ca.exemptions.evaluate-all", "true")));
        // Drools' load order (the engine's own number; read reflectively, as the kie API does not show it)
        List<org.kie.api.definition.rule.Rule> loaded = new ArrayList<>();
        all.kieBase().getKiePackages().forEach(p -> loaded.addAll(p.getRules()));
        Map<org.kie.api.definition.rule.Rule, Integer> order = new java.util.HashMap<>();
        for (org.kie.api.definition.rule.Rule r : loaded) {
            order.put(r, (Integer) r.getClass().getMethod("getLoadOrder").invoke(r));
        }
        loaded.sort(java.util.Comparator.comparing(order::get));
        assertThat(loaded).extracting(org.kie.api.definition.rule.Rule::getName).containsExactlyElementsOf(sourceOrder);
        assertThat(order.values()).doesNotHaveDuplicates();
    }

    private static List<String> names(org.kie.api.KieBase kb) {
        List<String> out = new ArrayList<>();
        kb.getKiePackages().forEach(p -> p.getRules().forEach(r -> out.add(r.getName())));
        return out;
    }
}
