package org.emplaw.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.Json;
import org.emplaw.core.testmodule.TestModule;
import org.junit.jupiter.api.Test;

/**
 * A seeded generator of malformed YAML case files (missing and extra keys, wrong types, empty strings,
 * huge numbers, impossible dates, unknown outcomes and fact kinds, duplicate case names, non-UTF-8
 * bytes, very long lines, truncated text) through {@link CaseFiles#parse} and, for a sample, the case
 * runner: every case file is read or rejected with an {@link InputException} naming the file (and the
 * case and key where the problem is one); no other exception escapes; nothing is lost.
 */
class CaseFilesMalformedInputTest {
    static final String[] BAD = {"", " ", "~", "abc", "-1", "1e999", "99999999999999999999999", "2020-02-30", "2020-13-01",
            "0000-00-00", "[]", "{}", "not_an_outcome", "１２", "\u0000", "🙂", "x".repeat(70_000)};

    static Map<String, Object> validCase(Random r, int i) {
        Map<String, Object> emp = new LinkedHashMap<>();
        emp.put("id", "E" + i);
        emp.put("employer_headcount", String.valueOf(1 + r.nextInt(100)));
        emp.put("pay_basis", "hourly");
        emp.put("hourly_rate", (9 + r.nextInt(6)) + ".00");
        Map<String, Object> expect = new LinkedHashMap<>();
        expect.put("rule", "test.minimum-rate");
        expect.put("outcome", r.nextBoolean() ? "met" : "not_met");
        expect.put("amounts", new LinkedHashMap<>(Map.of("shortfall_per_hour", "0.50")));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", "Case " + i + " checks the minimum rate");
        c.put("source", "Test Code 1 (invented for tests)");
        c.put("as_of", "2020-0" + (1 + r.nextInt(9)) + "-15");
        c.put("facts", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("employee", emp)))));
        c.put("expect", new ArrayList<>(List.of(expect)));
        return c;
    }

    /** One mutation; returns the key it touched (for the check that the error names it), or null. */
    @SuppressWarnings("unchecked")
    static String mutate(Map<String, Object> c, Random r) {
        List<String> keys = new ArrayList<>(c.keySet());
        String k = keys.get(r.nextInt(keys.size()));
        switch (r.nextInt(10)) {
            case 0 -> {
                c.remove(k);
                return k.equals("facts") ? null : k;
            }
            case 1 -> {
                c.put("extra_" + r.nextInt(3), "x");
                return null;
            }
            case 2 -> {
                c.put(k, BAD[r.nextInt(BAD.length)]);
                return null;
            }
            case 3 -> {
                c.put("as_of", BAD[r.nextInt(BAD.length)]);
                return "as_of";
            }
            case 4 -> {
                if (c.get("expect") instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> e) {
                    ((Map<String, Object>) e).put("outcome", BAD[r.nextInt(BAD.length)]);
                    return "outcome";
                }
                return null;
            }
            case 5 -> {
                if (c.get("expect") instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> e) {
                    ((Map<String, Object>) e).put("amounts", Map.of("shortfall_per_hour", BAD[3 + r.nextInt(4)]));
                    return "shortfall_per_hour";
                }
                return null;
            }
            case 6 -> {
                c.put("facts", List.of(Map.of(r.nextBoolean() ? "java.lang.Runtime" : "employe", Map.of("id", "E1"))));
                return null;
            }
            case 7 -> {
                c.put(k, List.of("a", Map.of("b", "c")));
                return null;
            }
            case 8 -> {
                c.put(k, Map.of("nested", List.of("x")));
                return null;
            }
            default -> {
                c.put("options", r.nextBoolean() ? List.of("a=b") : Map.of("key", List.of("v")));
                return null;
            }
        }
    }

    @Test
    void twentyThousandMutatedCaseFilesAreEachReadOrRejectedNamingTheFile() {
        Random r = new Random(9_2026_11_21L);
        int n = 20_000;
        int read = 0;
        int rejected = 0;
        int namedKey = 0;
        List<String> sample = new ArrayList<>();
        List<String> sampleOrigins = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Object> cases = new ArrayList<>();
            Map<String, Object> c = validCase(r, i);
            String key = r.nextInt(10) == 0 ? null : mutate(c, r);
            cases.add(c);
            if (r.nextInt(40) == 0) {
                cases.add(new LinkedHashMap<>(c)); // duplicate case name
                key = "name";
            }
            String text = Json.write(Map.of("modules", List.of("test-minimum-pay"), "cases", cases));
            int t = r.nextInt(60);
            if (t == 0) {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x40)); // not UTF-8, decoded as the readers decode
                text = new String(b, StandardCharsets.UTF_8);
                key = null;
            } else if (t == 1) {
                text = text.substring(0, r.nextInt(text.length())); // truncated
                key = null;
            } else if (t == 2) {
                text = "cases:\n\t- name: tabs\n"; // YAML forbids tab indentation
                key = null;
            }
            String origin = "cases-" + i + ".yaml";
            try {
                List<TestCase> tcs = CaseFiles.parse(text, origin);
                assertThat(tcs).isNotEmpty().allSatisfy(tc -> assertThat(tc.file()).isEqualTo(origin));
                read++;
                if (sample.size() < 300) {
                    sample.add(text);
                    sampleOrigins.add(origin);
                }
            } catch (InputException e) {
                assertThat(e.getMessage()).as("error of %s", origin).contains(origin);
                if (key != null && e.getMessage().contains(key)) {
                    namedKey++;
                }
                rejected++;
            }
        }
        assertThat(read + rejected).isEqualTo(n);
        assertThat(rejected).isGreaterThan(n / 3);
        assertThat(read).isGreaterThan(n / 10);
        assertThat(namedKey).as("errors name the key that was broken").isGreaterThan(n / 5);
        System.out.println("[issue 9] case-file fuzz: " + n + " case files, " + read + " read, " + rejected + " rejected naming the file ("
                + namedKey + " naming the broken key), lost " + (n - read - rejected));

        // the readable ones run: each case passes, fails with problems, or fails naming the fact; nothing escapes
        try (CaseRunner runner = new CaseRunner(List.of(TestModule.load()))) {
            int ran = 0;
            for (int i = 0; i < sample.size(); i++) {
                for (CaseResult cr : runner.run(sample.get(i), sampleOrigins.get(i))) {
                    assertThat(cr.testCase().file()).isEqualTo(sampleOrigins.get(i));
                    assertThat(cr.passed() || !cr.problems().isEmpty()).isTrue();
                    ran++;
                }
            }
            assertThat(ran).isGreaterThanOrEqualTo(sample.size());
        }
    }
}
