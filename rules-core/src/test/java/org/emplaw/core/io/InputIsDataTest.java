package org.emplaw.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.emplaw.core.cases.CaseResult;
import org.emplaw.core.cases.CaseRunner;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.testmodule.TestModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input strings are data only. Class names, expressions, template placeholders, paths and YAML tags in
 * input are read as text (or rejected as input errors naming the record): nothing in input is evaluated,
 * picks a Java type, loads a class or opens a file. Hostile shapes (deep nesting, recursive aliases)
 * are input errors, not a stack overflow.
 */
class InputIsDataTest {
    /** Values that would do something if any reader evaluated them, loaded them or opened them. */
    static final List<String> HOSTILE = List.of(
            "java.lang.Runtime", "org.emplaw.core.io.InputIsDataTest$Tripwire", "${java.version}", "${HOME}", "${env:PATH}",
            "#{1+1}", "T(java.lang.Runtime).getRuntime().exec('id')", "1+1", "System.exit(1)", "eval('1')",
            "modify($e){setHourlyRate(0)}", "../../etc/passwd", "/etc/passwd", "file:///etc/passwd",
            "classpath:/org/emplaw/core/version.properties", "jar:file:/x.jar!/a", "http://127.0.0.1/", "%s%s%n",
            "'; DROP TABLE employees; --", "<script>alert(1)</script>", "=cmd|' /C calc'!A0");

    /** Sets a system property when (and only if) its class is initialised. */
    static final class Tripwire {
        static {
            System.setProperty("emplaw.tripwire", "initialised");
        }

        private Tripwire() {
        }
    }

    @Test
    void hostileTextInTextFieldsIsReadBackExactlyAsText() {
        for (String h : HOSTILE) {
            Object doc = Yaml.load(Json.write(Map.of("id", h, "industry", h, "sex", h, "pay_basis", "hourly")), "in.jsonl:1");
            Employee e = RecordMapper.read(doc, Employee.class, "in.jsonl:1");
            assertThat(e.id()).isEqualTo(h.strip());
            assertThat(e.sex()).isEqualTo(h.strip());
            // codes are normalised as text (lower case, separators to '_'), never interpreted
            assertThat(e.industry()).isEqualTo(org.emplaw.core.facts.Check.code(h));
        }
        assertThat(System.getProperty("emplaw.tripwire")).as("no class named in input was initialised").isNull();
    }

    @Test
    void hostileTextInNumberDateAndChoiceFieldsIsAnInputErrorNamingTheField() {
        for (String h : HOSTILE) {
            for (String field : List.of("hourly_rate", "hire_date", "pay_basis", "employer_headcount")) {
                Object doc = Yaml.load(Json.write(Map.of("id", "E1", field, h)), "in.jsonl:7");
                assertThatThrownBy(() -> RecordMapper.read(doc, Employee.class, "in.jsonl:7")).as("%s = %s", field, h)
                        .isInstanceOf(InputException.class).hasMessageContaining("in.jsonl:7, field '" + field + "'");
            }
        }
        assertThat(System.getProperty("emplaw.tripwire")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id: !!java.lang.Runtime {}", "id: !!org.emplaw.core.io.InputIsDataTest$Tripwire {}",
            "id: !<tag:yaml.org,2002:java.net.URL> ['http://127.0.0.1/']", "id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ['http://127.0.0.1/']]]]",
            "id: !!binary aGVsbG8=", "id: !!int 12", "id: !!python/object/apply:os.system ['id']", "id: !include /etc/passwd"})
    void yamlTagsNamingTypesAreRejectedAndLoadNothing(String yaml) {
        assertThatThrownBy(() -> Yaml.load(yaml, "case.yaml")).isInstanceOf(InputException.class)
                .hasMessageContaining("case.yaml").hasMessageContaining("tag");
        assertThat(System.getProperty("emplaw.tripwire")).isNull();
    }

    @Test
    void environmentPlaceholdersAreNotSubstituted() {
        assertThat(Yaml.load("a: ${HOME}\nb: ${PATH:-x}\n", "f.yaml")).isEqualTo(Map.of("a", "${HOME}", "b", "${PATH:-x}"));
    }

    @Test
    void deepNestingAndRecursiveAliasesAreInputErrorsNotAStackOverflow() {
        for (String s : List.of("[".repeat(5_000) + "]".repeat(5_000), "{\"id\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}",
                "a: " + "[".repeat(Yaml.MAX_DEPTH + 1) + "]".repeat(Yaml.MAX_DEPTH + 1))) {
            assertThatThrownBy(() -> Yaml.load(s, "deep.jsonl:3")).isInstanceOf(InputException.class)
                    .hasMessageContaining("deep.jsonl:3").hasMessageContaining("nested too deeply");
        }
        for (String s : List.of("&a [*a]", "a: &x [1, [2, *x]]", "{? &a [*a] : x}", "a: &m {b: *m}")) {
            assertThatThrownBy(() -> Yaml.load(s, "loop.yaml")).as(s).isInstanceOf(InputException.class)
                    .hasMessageContaining("loop.yaml");
        }
        // shared (non-recursive) aliases stay allowed: they are ordinary YAML
        assertThat(Yaml.load("a: &x [1, 2]\nb: *x\n", "ok.yaml")).isEqualTo(Map.of("a", List.of("1", "2"), "b", List.of("1", "2")));
        assertThatThrownBy(() -> Yaml.loadAll("--- a\n--- " + "[".repeat(100) + "]".repeat(100) + "\n", "all.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("all.yaml");
    }

    @Test
    void aFactKindNamingAClassIsAnUnknownKindNotAClassLoad() {
        try (CaseRunner runner = new CaseRunner(List.of(TestModule.load()))) {
            for (String kind : List.of("java.lang.Runtime", "org.emplaw.core.facts.Employee", "Employee",
                    "org.emplaw.core.io.InputIsDataTest$Tripwire", "../../etc/passwd")) {
                List<CaseResult> rs = runner.run("""
                        cases:
                          - name: A fact kind that names a class is unknown
                            source: issue 9 (input is data)
                            as_of: 2020-06-30
                            facts:
                              - "%s": {id: E1}
                            expect: [{rule: test.minimum-rate, outcome: met}]
                        """.formatted(kind), "hostile.cases.yaml");
                assertThat(rs).singleElement().satisfies(r -> {
                    assertThat(r.passed()).isFalse();
                    assertThat(r.problems()).singleElement().asString().contains("facts[0]", "unknown fact kind");
                });
            }
        }
        assertThat(System.getProperty("emplaw.tripwire")).isNull();
    }
}
