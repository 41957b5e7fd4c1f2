package org.emplaw.examples.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.Values;
import org.emplaw.core.io.Yaml;
import org.emplaw.examples.report.AuditTotals;

/**
 * The violations a generated data set was planted with ({@code expected.yaml}, written by
 * {@code emplaw generate}), and their comparison with an audit's totals. Each entry names a rule, what
 * is counted ({@code findings}: NOT_MET findings; {@code employees}: employees with at least one), the
 * expected count and, optionally, the expected amount owed.
 */
public record Expected(List<Entry> entries) {
    /** One expectation. */
    public record Entry(String rule, String count, long notMet, BigDecimal owed, String planted) {
    }

    /** One comparison line. */
    public record Check(Entry entry, long actual, BigDecimal actualOwed, boolean ok) {
        @Override
        public String toString() {
            return String.format("  %-4s %-46s expected %,6d %s%s, found %,6d%s", ok ? "ok" : "DIFF", entry.rule(), entry.notMet(),
                    entry.count().equals("employees") ? "employees" : "violations",
                    entry.owed() == null ? "" : " owing " + entry.owed().toPlainString(), actual,
                    entry.owed() == null ? "" : " owing " + actualOwed.toPlainString());
        }
    }

    public static Expected parse(String yaml, String origin) {
        Object doc = Yaml.load(yaml, origin);
        if (!(doc instanceof Map<?, ?> m) || !(m.get("expected") instanceof List<?> list)) {
            throw new InputException(origin, "expected", "an expectations file has a list 'expected:'");
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = origin + " expected[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> e)) {
                throw new InputException(where, null, "is not a mapping");
            }
            Object rule = e.get("rule");
            if (Values.isAbsent(rule)) {
                throw new InputException(where, "rule", "is required");
            }
            String count = Values.isAbsent(e.get("count")) ? "findings" : String.valueOf(e.get("count"));
            if (!count.equals("findings") && !count.equals("employees")) {
                throw new InputException(where, "count", "must be findings or employees");
            }
            out.add(new Entry(String.valueOf(rule), count, Values.integer(e.get("not_met"), "not_met"),
                    Values.isAbsent(e.get("owed")) ? null : Values.decimal(e.get("owed"), "owed"),
                    Values.isAbsent(e.get("planted")) ? "" : String.valueOf(e.get("planted"))));
        }
        return new Expected(out);
    }

    public List<Check> compare(AuditTotals t) {
        List<Check> out = new ArrayList<>();
        for (Entry e : entries) {
            long actual = e.count().equals("employees") ? t.notMetEmployees.getOrDefault(e.rule(), 0L)
                    : t.notMetFindings.getOrDefault(e.rule(), 0L);
            AuditTotals.RuleStats rs = t.rules.get(e.rule());
            BigDecimal owed = rs == null ? BigDecimal.ZERO : rs.owed;
            boolean ok = actual == e.notMet() && (e.owed() == null || owed.compareTo(e.owed()) == 0);
            out.add(new Check(e, actual, owed, ok));
        }
        return out;
    }
}
