package org.emplaw.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.junit.jupiter.api.Test;

class RuleOrderTest {
    private static final String FIRST = """
            package org.example.b;
            // rule "not a rule" in a comment line is not at the start of a line
            rule "Second file's first rule"
            when then end

            rule 'quoted with single quotes'
            when then end
            """;
    private static final String SECOND = """
            package org.example.a;
            rule "A rule with an \\"escaped\\" quote"
            when then end
            rule unquoted_name
            when then end
            """;

    @Test
    void rulesArePositionedInTheOrderOfTheFilesAndOfTheRulesInEachFile() {
        Map<String, Integer> p = RuleOrder.positions(List.of(FIRST, SECOND));
        assertThat(p).hasSize(4);
        assertThat(p.get("org.example.b\u0000Second file's first rule")).isEqualTo(0);
        assertThat(p.get("org.example.b\u0000quoted with single quotes")).isEqualTo(1);
        assertThat(p.get("org.example.a\u0000A rule with an \"escaped\" quote")).isEqualTo(2);
        assertThat(p.get("org.example.a\u0000unquoted_name")).isEqualTo(3);
    }

    @Test
    void everyPackagesRulesAreHandedOverAsOneListInSourceOrderAndTheRestOfEachPackageUnchanged() {
        Global<?> global = (Global<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Global.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getName" -> "out";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
        // the generated models list their packages and rules in an order that changes from build to build
        Model a = model("org.example.a", List.of(rule("org.example.a", "unquoted_name"), rule("org.example.a", "not in the sources"),
                rule("org.example.a", "A rule with an \"escaped\" quote")), List.of(global));
        Model b = model("org.example.b", List.of(rule("org.example.b", "quoted with single quotes"),
                rule("org.example.b", "Second file's first rule")), List.of());

        List<Model> built = RuleOrder.inSourceOrder(List.of(a, b), List.of(FIRST, SECOND));

        assertThat(built).hasSize(3);
        assertThat(built.get(0).getRules()).isEmpty();
        assertThat(built.get(0).getGlobals()).containsExactly(global);
        assertThat(built.get(1).getRules()).isEmpty();
        List<String> names = new ArrayList<>();
        built.get(2).getRules().forEach(r -> names.add(r.getName()));
        assertThat(names).containsExactly("Second file's first rule", "quoted with single quotes",
                "A rule with an \"escaped\" quote", "unquoted_name", "not in the sources");
        assertThat(built.get(2).getGlobals()).isEmpty();

        // the same sources give the same order whatever order the models come in
        List<String> again = new ArrayList<>();
        RuleOrder.inSourceOrder(List.of(b, a), List.of(FIRST, SECOND)).get(2).getRules().forEach(r -> again.add(r.getName()));
        assertThat(again).isEqualTo(names);
    }

    private static Rule rule(String pkg, String name) {
        return (Rule) Proxy.newProxyInstance(RuleOrderTest.class.getClassLoader(), new Class<?>[] {Rule.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getPackage" -> pkg;
                    case "getName" -> name;
                    case "toString" -> pkg + "." + name;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static Model model(String name, List<Rule> rules, List<Global<?>> globals) {
        return (Model) Proxy.newProxyInstance(RuleOrderTest.class.getClassLoader(), new Class<?>[] {Model.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getName", "getPackageName" -> name;
                    case "getRules" -> rules;
                    case "getGlobals" -> globals;
                    case "getQueries", "getTypeMetaDatas", "getEntryPoints" -> List.of();
                    default -> null;
                });
    }
}
