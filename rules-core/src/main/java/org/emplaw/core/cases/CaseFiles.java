package org.emplaw.core.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.Values;
import org.emplaw.core.io.Yaml;

/**
 * Reads YAML case files:
 *
 * <pre>
 * modules: [us-ca-wage]                 # default for the file
 * cases:
 *   - name: In 2023, 40 straight-time hours and 4 overtime hours at $15.50 earn $713.00
 *     source: "Source excerpt 003 ('Toni ... $713.00'); Lab. Code 510(a)"
 *     as_of: 2023-03-31
 *     subject: employee E1               # optional
 *     options: {key: value}              # optional
 *     overlay:                           # optional supplied figures of law
 *       - {name: p, qualifier: q, effective_from: 2026-01-01, value: 1, citation: "..."}
 *     facts:
 *       - employee: {id: E1, ...}
 *       - pay_period: {...}
 *     expect:
 *       - rule: ca.wage.lc510.workweek-overtime
 *         subject: ...
 *         outcome: not_met
 *         amounts: {overtime_owed: 93.00}
 *         missing: [hourly_rate]
 *         parts: {ca.wage.exemption.salary-test: met}
 *     absent: [rule ids that must not produce a finding]
 * </pre>
 */
public final class CaseFiles {
    private static final Set<String> FILE_KEYS = Set.of("modules", "cases", "description");
    private static final Set<String> CASE_KEYS = Set.of("name", "source", "as_of", "subject", "modules", "options",
            "overlay", "facts", "expect", "absent", "note");
    private static final Set<String> EXPECT_KEYS = Set.of("rule", "question", "subject", "outcome", "amounts",
            "missing", "parts", "citations", "parameters", "choices", "warnings");

    private CaseFiles() {
    }

    public static List<TestCase> parse(String yaml, String origin) {
        Object doc = Yaml.load(yaml, origin);
        if (!(doc instanceof Map<?, ?> root)) {
            throw new InputException(origin, null, "a case file is a mapping with 'cases:'");
        }
        for (Object k : root.keySet()) {
            if (!FILE_KEYS.contains(String.valueOf(k))) {
                throw new InputException(origin, String.valueOf(k), "unknown key (known: " + FILE_KEYS + ")");
            }
        }
        List<String> modules = strings(root.get("modules"), origin, "modules");
        if (!(root.get("cases") instanceof List<?> list)) {
            throw new InputException(origin, "cases", "must be a list");
        }
        List<TestCase> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = origin + " case " + (i + 1);
            if (!(list.get(i) instanceof Map<?, ?> c)) {
                throw new InputException(where, null, "is not a mapping");
            }
            TestCase tc = testCase(c, origin, where, modules);
            if (!names.add(tc.name())) {
                throw new InputException(where, "name", "duplicate case name '" + tc.name() + "'");
            }
            out.add(tc);
        }
        return out;
    }

    private static TestCase testCase(Map<?, ?> c, String origin, String where, List<String> fileModules) {
        for (Object k : c.keySet()) {
            if (!CASE_KEYS.contains(String.valueOf(k))) {
                throw new InputException(where, String.valueOf(k), "unknown key (known: " + CASE_KEYS + ")");
            }
        }
        String name = text(c.get("name"));
        if (name == null) {
            throw new InputException(where, "name", "is required (a sentence saying what the case shows)");
        }
        where = origin + " case '" + name + "'";
        String source = text(c.get("source"));
        if (source == null) {
            throw new InputException(where, "source", "is required (the official example or the rule the expected values come from)");
        }
        if (Values.isAbsent(c.get("as_of"))) {
            throw new InputException(where, "as_of", "is required");
        }
        LocalDate asOf;
        try {
            asOf = Values.date(c.get("as_of"), "as_of");
        } catch (InputException e) {
            throw new InputException(where, "as_of", e.problem());
        }
        List<String> modules = c.containsKey("modules") ? strings(c.get("modules"), where, "modules") : fileModules;
        Map<String, String> options = new LinkedHashMap<>();
        if (c.get("options") instanceof Map<?, ?> o) {
            for (Map.Entry<?, ?> oe : o.entrySet()) {
                if (oe.getValue() instanceof Map<?, ?> || oe.getValue() instanceof List<?>) {
                    throw new InputException(where, "options." + oe.getKey(), "must be a single value");
                }
                options.put(String.valueOf(oe.getKey()), String.valueOf(oe.getValue()));
            }
        } else if (!Values.isAbsent(c.get("options"))) {
            throw new InputException(where, "options", "must be a mapping of key: value");
        }
        List<Object> facts = new ArrayList<>();
        if (c.get("facts") instanceof List<?> fl) {
            facts.addAll(fl);
        } else if (!Values.isAbsent(c.get("facts"))) {
            throw new InputException(where, "facts", "must be a list of {kind: {...}} entries");
        }
        List<Map<String, Object>> overlay = new ArrayList<>();
        if (!Values.isAbsent(c.get("overlay")) && !(c.get("overlay") instanceof List<?>)) {
            throw new InputException(where, "overlay", "must be a list of parameter rows");
        }
        if (c.get("overlay") instanceof List<?> ol) {
            for (Object o : ol) {
                if (!(o instanceof Map<?, ?> m)) {
                    throw new InputException(where, "overlay", "entries must be mappings");
                }
                Map<String, Object> mm = new LinkedHashMap<>();
                m.forEach((k, v) -> mm.put(String.valueOf(k), v));
                overlay.add(mm);
            }
        }
        List<Expectation> expect = new ArrayList<>();
        if (!Values.isAbsent(c.get("expect")) && !(c.get("expect") instanceof List<?>)) {
            throw new InputException(where, "expect", "must be a list of expected findings");
        }
        if (c.get("expect") instanceof List<?> el) {
            for (int i = 0; i < el.size(); i++) {
                if (!(el.get(i) instanceof Map<?, ?> e)) {
                    throw new InputException(where, "expect[" + i + "]", "is not a mapping");
                }
                expect.add(expectation(e, where + " expect[" + i + "]"));
            }
        }
        List<String> absent = strings(c.get("absent"), where, "absent");
        if (expect.isEmpty() && absent.isEmpty()) {
            throw new InputException(where, "expect", "a case must expect something");
        }
        return new TestCase(origin, name, source, asOf, text(c.get("subject")), modules, options, facts, overlay,
                expect, absent);
    }

    private static Expectation expectation(Map<?, ?> e, String where) {
        try {
            return readExpectation(e, where);
        } catch (InputException x) {
            throw x.record() == null ? new InputException(where, x.field(), x.problem()) : x;
        }
    }

    private static Expectation readExpectation(Map<?, ?> e, String where) {
        for (Object k : e.keySet()) {
            if (!EXPECT_KEYS.contains(String.valueOf(k))) {
                throw new InputException(where, String.valueOf(k), "unknown key (known: " + EXPECT_KEYS + ")");
            }
        }
        String rule = text(e.get("rule"));
        String question = text(e.get("question"));
        if (rule == null && question == null) {
            throw new InputException(where, "rule", "name the rule id (or the question) of the expected finding");
        }
        if (Values.isAbsent(e.get("outcome"))) {
            throw new InputException(where, "outcome", "is required");
        }
        Outcome outcome = Values.enumValue(Outcome.class, e.get("outcome"), "outcome");
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String k : List.of("amounts", "parts")) {
            if (!Values.isAbsent(e.get(k)) && !(e.get(k) instanceof Map<?, ?>)) {
                throw new InputException(where, k, "must be a mapping");
            }
        }
        if (e.get("amounts") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> amounts.put(String.valueOf(k), Values.decimal(v, "amounts." + k)));
        }
        Map<String, Outcome> parts = new LinkedHashMap<>();
        if (e.get("parts") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> parts.put(String.valueOf(k), Values.enumValue(Outcome.class, v, "parts." + k)));
        }
        return new Expectation(rule, question, text(e.get("subject")), outcome, amounts,
                strings(e.get("missing"), where, "missing"), parts, strings(e.get("citations"), where, "citations"),
                strings(e.get("parameters"), where, "parameters"), strings(e.get("choices"), where, "choices"),
                strings(e.get("warnings"), where, "warnings"));
    }

    static List<String> strings(Object o, String where, String field) {
        if (Values.isAbsent(o)) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object x : l) {
                out.add(String.valueOf(x).strip());
            }
            return out;
        }
        if (o instanceof String s) {
            return List.of(s.strip());
        }
        throw new InputException(where, field, "must be a list of text");
    }

    private static String text(Object o) {
        return Values.isAbsent(o) ? null : String.valueOf(o).strip();
    }
}
