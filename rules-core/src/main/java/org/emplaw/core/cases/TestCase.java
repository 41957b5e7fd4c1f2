package org.emplaw.core.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One case of a YAML case file: a sentence-like name, the source its expected values come from, the
 * as-of date, the facts, and the findings expected.
 */
public record TestCase(String file, String name, String source, LocalDate asOf, String subject, List<String> modules,
                       Map<String, String> options, List<Object> facts, List<Map<String, Object>> overlay,
                       List<Expectation> expect, List<String> absent) {
    public TestCase {
        modules = List.copyOf(modules);
        options = Map.copyOf(options);
        facts = List.copyOf(facts);
        overlay = List.copyOf(overlay);
        expect = List.copyOf(expect);
        absent = List.copyOf(absent);
    }
}
