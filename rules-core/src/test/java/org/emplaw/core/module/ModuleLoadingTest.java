package org.emplaw.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emplaw.core.Emplaw;
import org.emplaw.core.testmodule.TestModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleLoadingTest {
    @TempDir
    Path dir;

    private Path module(String id, String drl, boolean withParams) throws IOException {
        Path m = Files.createDirectories(dir.resolve(id));
        Files.writeString(m.resolve("module.yaml"), "id: " + id + "\nversion: 1\n");
        Files.writeString(m.resolve("rules.drl"), drl);
        if (withParams) {
            Files.createDirectories(m.resolve("params"));
            Files.writeString(m.resolve("params/p.yaml"), "parameters:\n  - {name: p, values: [{effective_from: 2020-01-01, value: 1, citation: c, status: official}]}\n");
        }
        return m;
    }

    @Test
    void aDrlThatFailsToCompileNamesTheModuleFileAndLine() throws IOException {
        Path m = module("broken", """
                package org.emplaw.broken;
                import org.emplaw.core.facts.Employee;

                rule "Broken"
                    @ruleId("b") @citation("c")
                when
                    $e : Employee( nosuchfield == 1 )
                then
                end
                """, false);
        assertThatThrownBy(() -> Emplaw.builder().moduleFolder(m).build()).isInstanceOf(ModuleLoadException.class)
                .hasMessageContaining("broken").hasMessageContaining("rules.drl:7");
    }

    @Test
    void aRuleWithoutACitationIsRejectedAtLoad() throws IOException {
        Path m = module("uncited", """
                package org.emplaw.uncited;
                import org.emplaw.core.facts.Employee;
                rule "No citation"
                    @ruleId("u")
                when
                    Employee()
                then
                end
                """, false);
        assertThatThrownBy(() -> Emplaw.builder().moduleFolder(m).build()).isInstanceOf(ModuleLoadException.class)
                .hasMessageContaining("uncited").hasMessageContaining("\"No citation\"").hasMessageContaining("@citation");
    }

    @Test
    void aMissingParameterFileIsNamed() throws IOException {
        Path m = module("nofile", "package org.emplaw.nofile;\n", false);
        Files.writeString(m.resolve("module.yaml"), "id: nofile\nversion: 1\nrules: [rules.drl]\nparameters: [params/absent.yaml]\n");
        assertThatThrownBy(() -> FolderRuleModule.load(m)).isInstanceOf(ModuleLoadException.class)
                .hasMessageContaining("nofile").hasMessageContaining("params/absent.yaml");
    }

    @Test
    void aDuplicateModuleIdIsRejected() {
        assertThatThrownBy(() -> Emplaw.builder().module(TestModule.load()).module(TestModule.load()).build())
                .isInstanceOf(ModuleLoadException.class).hasMessageContaining("test-minimum-pay")
                .hasMessageContaining("duplicate module id");
    }

    @Test
    void aModuleFolderWithoutListsUsesEveryDrlAndParameterFile() throws IOException {
        Path m = module("auto", """
                package org.emplaw.auto;
                import org.emplaw.core.facts.Employee;
                rule "Anything"
                    @ruleId("a.any") @citation("Code 1")
                when
                    Employee()
                then
                end
                """, true);
        FolderRuleModule fm = FolderRuleModule.load(m);
        assertThat(fm.descriptor().rules()).containsExactly("rules.drl");
        assertThat(fm.descriptor().parameters()).containsExactly("params/p.yaml");
        try (Emplaw e = Emplaw.builder().module(fm).build()) {
            assertThat(e.modules().get(0).rules()).extracting(r -> r.citation()).containsExactly("Code 1");
            assertThat(e.law().defines("p")).isTrue();
        }
    }

    @Test
    void aPathLeavingTheModuleFolderIsRefused() throws IOException {
        Path m = module("escape", "package org.emplaw.escape;\n", false);
        Files.writeString(m.resolve("module.yaml"), "id: escape\nversion: 1\nrules: [../../etc/passwd]\n");
        assertThatThrownBy(() -> FolderRuleModule.load(m)).hasMessageContaining("leaves the module folder");
    }

    @Test
    void engineSettingsAreReadAndAnUnknownOneStopsTheModule() {
        ModuleDescriptor off = ModuleDescriptor.parse("id: m\nversion: 1\nengine:\n  beta_memory_index: false\n", "m.yaml");
        assertThat(off.betaMemoryIndex()).isFalse();
        assertThat(ModuleDescriptor.parse("id: m\nversion: 1\n", "m.yaml").betaMemoryIndex()).isTrue();
        assertThatThrownBy(() -> ModuleDescriptor.parse("id: m\nversion: 1\nengine: {turbo: true}\n", "m.yaml"))
                .isInstanceOf(ModuleLoadException.class).hasMessageContaining("unknown engine setting 'turbo'");
        assertThatThrownBy(() -> ModuleDescriptor.parse("id: m\nversion: 1\nengine: {beta_memory_index: maybe}\n", "m.yaml"))
                .isInstanceOf(ModuleLoadException.class).hasMessageContaining("beta_memory_index must be one of");
    }

    @Test
    void aFolderModuleWithoutJoinIndexesGivesTheSameFindings() throws IOException {
        String drl = """
                package org.emplaw.joins;
                import org.emplaw.core.facts.Employee;
                import org.emplaw.core.facts.Position;
                import org.emplaw.core.finding.Finding;
                import org.emplaw.core.finding.Outcome;
                global org.emplaw.core.rules.Findings out;

                rule "An employee's position is found by its id"
                    @ruleId("j") @citation("c")
                when
                    $e : Employee()
                    $p : Position( id == $e.positionId )
                then
                    out.add(Finding.of("position", $e.subject()).outcome(Outcome.MET).fact("position", $p.id()).build());
                end
                """;
        Path indexed = module("joins-indexed", drl, false);
        Path plain = module("joins-plain", drl, false);
        Files.writeString(plain.resolve("module.yaml"), "id: joins-plain\nversion: 1\nengine: {beta_memory_index: false}\n");
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (Path m : java.util.List.of(indexed, plain)) {
            try (Emplaw e = Emplaw.builder().moduleFolder(m).build()) {
                assertThat(e.modules().get(0).module().descriptor().betaMemoryIndex()).isEqualTo(m == indexed);
                org.emplaw.core.EvaluationRequest.Builder r = org.emplaw.core.EvaluationRequest.asOf(java.time.LocalDate.of(2025, 1, 1))
                        .subject("joins");
                for (int i = 0; i < 50; i++) {
                    r.fact(org.emplaw.core.facts.Employee.builder("E" + i).positionId("P" + (i % 7)).build());
                }
                for (int i = 0; i < 5; i++) {
                    r.fact(new org.emplaw.core.facts.Position("P" + i, null, null, null, null, null, null, null, null, null, null, null, null));
                }
                seen.add(e.evaluate(r.build()).findings().toString());
            }
        }
        assertThat(seen.get(0)).contains("position=P4").doesNotContain("position=P5");
        assertThat(seen.get(1)).isEqualTo(seen.get(0));
    }

    @Test
    void theTraceListsTheFactsEachFiringJoinedInPatternOrder() throws IOException {
        Path m = module("trace-facts", """
                package org.emplaw.tracefacts;
                import org.emplaw.core.facts.Employee;
                import org.emplaw.core.facts.Position;
                import org.emplaw.core.facts.EvaluationContext;
                import org.emplaw.core.finding.Finding;
                import org.emplaw.core.finding.Outcome;
                global org.emplaw.core.rules.Findings out;

                rule "Three facts in one match"
                    @ruleId("t") @citation("c")
                when
                    $ctx : EvaluationContext()
                    $e : Employee()
                    $p : Position( id == $e.positionId )
                then
                    out.add(Finding.of("position", $e.subject()).outcome(Outcome.MET).build());
                end

                rule "No match for an employee without a position"
                    @ruleId("u") @citation("c")
                when
                    $e : Employee( positionId == null )
                    not Position()
                then
                    out.add(Finding.of("no position", $e.subject()).outcome(Outcome.MET).build());
                end
                """, false);
        try (Emplaw e = Emplaw.builder().moduleFolder(m).build()) {
            org.emplaw.core.EvaluationResult r = e.evaluate(org.emplaw.core.EvaluationRequest.asOf(java.time.LocalDate.of(2025, 1, 1))
                    .subject("trace").fact(org.emplaw.core.facts.Employee.builder("E1").positionId("P1").build())
                    .fact(new org.emplaw.core.facts.Position("P1", null, null, null, null, null, null, null, null, null, null, null, null))
                    .build());
            assertThat(r.trace()).singleElement().satisfies(t -> {
                assertThat(t.ruleId()).isEqualTo("t");
                assertThat(t.matchedFacts()).containsExactly("evaluation as of 2025-01-01", "Employee E1", "Position P1");
            });
            org.emplaw.core.EvaluationResult alone = e.evaluate(org.emplaw.core.EvaluationRequest.asOf(java.time.LocalDate.of(2025, 1, 1))
                    .subject("trace").fact(org.emplaw.core.facts.Employee.builder("E2").build()).build());
            // a negated pattern matches no fact: only the employee is listed
            assertThat(alone.trace()).singleElement().satisfies(t -> assertThat(t.matchedFacts()).containsExactly("Employee E2"));
        }
    }

    @Test
    void aGlobalARuleSetsDoesNotReachTheNextEvaluationWhileTheEnginesOwnGlobalsStay() throws IOException {
        Path m = module("globals", """
                package org.emplaw.globals;
                import org.emplaw.core.facts.Employee;
                import org.emplaw.core.finding.Finding;
                import org.emplaw.core.finding.Outcome;
                global org.emplaw.core.rules.Findings out;
                global java.util.List seen;

                rule "Employee A leaves a global behind"
                    @ruleId("a") @citation("c")
                when
                    $e : Employee( id == "A" )
                then
                    drools.getKieRuntime().setGlobal("seen", new java.util.ArrayList());
                    out.add(Finding.of("set", $e.subject()).outcome(Outcome.MET).build());
                end

                rule "Employee B finds no global from an earlier evaluation"
                    @ruleId("b") @citation("c")
                when
                    $e : Employee( id == "B" )
                then
                    out.add(Finding.of("clean", $e.subject()).outcome(seen == null ? Outcome.MET : Outcome.NOT_MET).build());
                end
                """, false);
        // one thread, so every evaluation reuses the same pooled session
        try (Emplaw e = Emplaw.builder().moduleFolder(m).threads(1).build()) {
            for (int i = 0; i < 3; i++) {
                org.emplaw.core.EvaluationResult a = e.evaluate(org.emplaw.core.EvaluationRequest.asOf(java.time.LocalDate.of(2025, 1, 1))
                        .subject("a").fact(org.emplaw.core.facts.Employee.builder("A").build()).build());
                assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("a"));
                org.emplaw.core.EvaluationResult b = e.evaluate(org.emplaw.core.EvaluationRequest.asOf(java.time.LocalDate.of(2025, 1, 1))
                        .subject("b").fact(org.emplaw.core.facts.Employee.builder("B").build()).build());
                assertThat(b.findings()).singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("b");
                    assertThat(f.outcome()).isEqualTo(org.emplaw.core.finding.Outcome.MET);
                });
            }
        }
    }
}
