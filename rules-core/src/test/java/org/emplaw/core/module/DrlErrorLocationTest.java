package org.emplaw.core.module;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emplaw.core.Emplaw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DRL error that Drools reports without a line (a constraint it cannot parse, line -1) still names
 * the module's own file name (not the internal build path) and the line the expression is on.
 */
class DrlErrorLocationTest {
    @Test
    void aConstraintDroolsCannotParseIsLocatedInTheModulesOwnFile(@TempDir Path dir) throws IOException {
        Path m = Files.createDirectories(dir.resolve("located"));
        Files.writeString(m.resolve("module.yaml"), "id: located\nversion: 1\nrules: [rules/minimum.drl]\n");
        Files.createDirectories(m.resolve("rules"));
        Files.writeString(m.resolve("rules/minimum.drl"), """
                package org.emplaw.located;
                import org.emplaw.core.facts.Employee;
                import org.emplaw.core.facts.PayBasis;

                rule "Located"
                    @ruleId("l") @citation("c")
                when
                    $e : Employee( payBasis == PayBasis.HOURLY, noSuchField > 1 )
                then
                end
                """);
        assertThatThrownBy(() -> Emplaw.builder().moduleFolder(m).build()).isInstanceOf(ModuleLoadException.class)
                .hasMessageContaining("located").hasMessageContaining("/rules/minimum.drl:8: ")
                .hasMessageNotContaining("0-minimum.drl");
    }
}
