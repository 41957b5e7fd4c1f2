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
}
