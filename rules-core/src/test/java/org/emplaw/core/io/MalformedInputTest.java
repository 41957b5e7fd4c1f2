package org.emplaw.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seeded generator of malformed records (missing and extra fields, wrong types, empty strings, huge
 * numbers, negative or more than 24 hours, impossible or out-of-order dates, duplicate days, non-UTF-8
 * bytes, very long lines) run through the JSON/YAML reader and the fact records: every record is either
 * read or rejected with an InputException naming the record; nothing else escapes, nothing is lost.
 */
class MalformedInputTest {
    static final String[] BAD_VALUES = {"", " ", "null", "abc", "-1", "-0.01", "25", "24.01", "1e999",
            "99999999999999999999999", "2024-02-30", "2024-13-01", "0000-00-00", "true", "[]", "{}", "\"\"",
            "NaN", "Infinity", "0x10", "1,5", "１２", "\u0000", "2024-03-01T10:00", "🙂"};

    static Map<String, Object> employee(Random r, int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "E" + i);
        m.put("work_location", Map.of("state", "CA", "county", "los_angeles", "city", "los_angeles"));
        m.put("employer_headcount", String.valueOf(1 + r.nextInt(500)));
        m.put("pay_basis", r.nextBoolean() ? "hourly" : "salary");
        m.put("hourly_rate", (10 + r.nextInt(40)) + "." + r.nextInt(10) + "0");
        m.put("hire_date", "20" + (10 + r.nextInt(15)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9));
        return m;
    }

    static Map<String, Object> payPeriod(Random r, int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "P" + i);
        m.put("employee_id", "E" + i);
        m.put("start", "2024-03-03");
        m.put("end", "2024-03-09");
        m.put("workweek_start", "sunday");
        List<Object> days = new ArrayList<>();
        for (int d = 4; d < 4 + 1 + r.nextInt(5); d++) {
            days.add(new LinkedHashMap<>(Map.of("date", "2024-03-0" + d, "hours_worked", String.valueOf(r.nextInt(13)))));
        }
        m.put("days", days);
        m.put("pay", List.of(Map.of("kind", "straight_time", "amount", "600.00")));
        return m;
    }

    @SuppressWarnings("unchecked")
    static void mutate(Map<String, Object> m, Random r) {
        List<String> keys = new ArrayList<>(m.keySet());
        switch (r.nextInt(9)) {
            case 0 -> m.remove(keys.get(r.nextInt(keys.size())));
            case 1 -> m.put("extra_" + r.nextInt(5), "x");
            case 2 -> m.put(keys.get(r.nextInt(keys.size())), BAD_VALUES[r.nextInt(BAD_VALUES.length)]);
            case 3 -> m.put(keys.get(r.nextInt(keys.size())), "x".repeat(10_000 + r.nextInt(20_000)));
            case 4 -> {
                if (m.get("days") instanceof List<?> days && !days.isEmpty()
                        && days.get(r.nextInt(days.size())) instanceof Map<?, ?> dm) {
                    ((Map<String, Object>) dm).put(r.nextBoolean() ? "hours_worked" : "date", BAD_VALUES[r.nextInt(BAD_VALUES.length)]);
                } else {
                    m.put("id", "");
                }
            }
            case 5 -> {
                if (m.get("days") instanceof ArrayList<?> days && !days.isEmpty()) {
                    ((List<Object>) days).add(days.get(0)); // duplicate workday
                } else {
                    m.put("employer_headcount", "0");
                }
            }
            case 6 -> {
                if (m.containsKey("end")) {
                    m.put("end", "2024-03-01"); // before start
                } else {
                    m.put("hire_date", "2024-02-29");
                    m.put("separation_date", "2023-01-01"); // out of order
                }
            }
            case 7 -> m.put(keys.get(r.nextInt(keys.size())), new ArrayList<>(List.of("a", "b")));
            default -> m.put(keys.get(r.nextInt(keys.size())), Map.of("nested", "x"));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 20261121L})
    void fiftyThousandMutatedRecordsPerSeedAreEachReadOrRejectedNamingTheRecord(long seed) {
        Random r = new Random(seed);
        int n = 50_000;
        int read = 0;
        int rejected = 0;
        for (int i = 0; i < n; i++) {
            boolean employee = r.nextBoolean();
            Map<String, Object> m = employee ? employee(r, i) : payPeriod(r, i);
            int mutations = r.nextInt(3);
            for (int k = 0; k < mutations; k++) {
                mutate(m, r);
            }
            String line = Json.write(m);
            if (r.nextInt(50) == 0) {
                // non-UTF-8 bytes decoded as the readers decode them
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x40));
                line = new String(b, StandardCharsets.UTF_8);
            }
            String record = "input.jsonl:" + (i + 1);
            try {
                Object doc = Yaml.load(line, record);
                if (employee) {
                    RecordMapper.read(doc, Employee.class, record);
                } else {
                    RecordMapper.read(doc, PayPeriod.class, record);
                }
                read++;
            } catch (InputException e) {
                assertThat(e.getMessage()).as("message of %s", record).contains(record);
                rejected++;
            }
        }
        assertThat(read + rejected).isEqualTo(n);
        assertThat(rejected).as("most mutations are errors").isGreaterThan(n / 3);
        assertThat(read).as("unmutated or harmless records are read").isGreaterThan(n / 10);
    }
}
