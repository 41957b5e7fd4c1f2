package org.emplaw.core.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.Values;
import org.emplaw.core.io.Yaml;

/**
 * Reads parameter tables from YAML:
 *
 * <pre>
 * parameters:
 *   - name: ca_min_wage_hourly
 *     description: California statewide minimum wage
 *     unit: USD/hour
 *     verified_on: 2026-11-01
 *     known_until: 2026-12-31            # or per qualifier: {los_angeles_city: 2026-06-30}
 *     values:
 *       - {effective_from: 2017-01-01, qualifier: employers_26_plus, value: 10.50,
 *          citation: "Lab. Code 1182.12(b)(1)(A)", status: official}
 *   - name: ca_exempt_salary_annual
 *     unit: USD/year
 *     formula: ca_exempt_salary_min_wage_multiple * ca_min_wage_hourly * ca_full_time_hours_per_week * weeks_per_year
 *     citation: "Lab. Code 515(a),(c)"
 * </pre>
 */
public final class ParameterTables {
    private static final Set<String> TABLE_KEYS = Set.of("name", "description", "unit", "verified_on",
            "known_until", "values", "formula", "citation", "note");
    private static final Set<String> ROW_KEYS = Set.of("effective_from", "qualifier", "value", "citation",
            "status", "note");

    private ParameterTables() {
    }

    /** Parses a table file; {@code origin} (module and file) is named in every error. */
    public static List<Parameter> parse(String yaml, String origin) {
        return parse(yaml, origin, null);
    }

    /**
     * Parses a table file; rows without a status get {@code defaultStatus} (overlays use
     * {@link SourceStatus#SUPPLIED}); with {@code null} the status is required.
     */
    public static List<Parameter> parse(String yaml, String origin, SourceStatus defaultStatus) {
        Object doc = Yaml.load(yaml, origin);
        if (!(doc instanceof Map<?, ?> root) || !(root.get("parameters") instanceof List<?> list)) {
            throw new ParameterTableException(origin, null, "expected a top-level 'parameters:' list");
        }
        List<Parameter> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> t)) {
                throw new ParameterTableException(origin, null, "entry " + (i + 1) + " is not a mapping");
            }
            String name = t.get("name") == null ? "#" + (i + 1) : String.valueOf(t.get("name"));
            try {
                out.add(table(t, origin, defaultStatus));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ParameterTableException(origin, name, e.getMessage());
            }
        }
        return out;
    }

    private static Parameter table(Map<?, ?> t, String origin, SourceStatus defaultStatus) {
        for (Object k : t.keySet()) {
            if (!TABLE_KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException("unknown key '" + k + "' (known: " + TABLE_KEYS + ")");
            }
        }
        String name = text(t.get("name"));
        LocalDate verified = Values.isAbsent(t.get("verified_on")) ? null : Values.date(t.get("verified_on"), "verified_on");
        Map<String, LocalDate> known = new LinkedHashMap<>();
        Object ku = t.get("known_until");
        if (ku instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                known.put(String.valueOf(e.getKey()), Values.date(e.getValue(), "known_until." + e.getKey()));
            }
        } else if (!Values.isAbsent(ku)) {
            known.put(DatedValue.ANY, Values.date(ku, "known_until"));
        }
        Formula formula = Values.isAbsent(t.get("formula")) ? null : Formula.parse(text(t.get("formula")));
        List<DatedValue> rows = new ArrayList<>();
        if (t.get("values") instanceof List<?> vs) {
            for (int i = 0; i < vs.size(); i++) {
                if (!(vs.get(i) instanceof Map<?, ?> r)) {
                    throw new IllegalArgumentException("value " + (i + 1) + " is not a mapping");
                }
                try {
                    rows.add(row(r, defaultStatus));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("value " + (i + 1) + " (" + r.get("effective_from") + "): "
                            + e.getMessage(), e);
                }
            }
        } else if (t.get("values") != null) {
            throw new IllegalArgumentException("'values' must be a list");
        }
        if (formula != null && !rows.isEmpty()) {
            throw new IllegalArgumentException("a derived parameter has a formula, not dated values");
        }
        return new Parameter(name, text(t.get("description")), text(t.get("unit")), rows, formula,
                formula == null ? null : text(t.get("citation")), verified, known, origin);
    }

    private static DatedValue row(Map<?, ?> r, SourceStatus defaultStatus) {
        for (Object k : r.keySet()) {
            if (!ROW_KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException("unknown key '" + k + "' (known: " + ROW_KEYS + ")");
            }
        }
        SourceStatus status = Values.isAbsent(r.get("status"))
                ? defaultStatus : SourceStatus.parse(String.valueOf(r.get("status")));
        if (status == null) {
            throw new IllegalArgumentException("status is required (official, secondary, derived, unverified)");
        }
        Object value = Values.isAbsent(r.get("value")) ? null : typed(r.get("value"));
        return new DatedValue(Values.date(r.get("effective_from"), "effective_from"), text(r.get("qualifier")),
                value, text(r.get("citation")), status, text(r.get("note")));
    }

    private static Object typed(Object raw) {
        if (raw instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(typed(o));
            }
            return List.copyOf(out);
        }
        if (raw instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), Values.isAbsent(e.getValue()) ? null : typed(e.getValue()));
            }
            return java.util.Collections.unmodifiableMap(out);
        }
        return Values.guess(raw);
    }

    private static String text(Object o) {
        return Values.isAbsent(o) ? null : String.valueOf(o).strip();
    }
}
