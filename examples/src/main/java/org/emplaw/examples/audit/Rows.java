package org.emplaw.examples.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emplaw.core.facts.Deduction;
import org.emplaw.core.facts.DeductionReason;
import org.emplaw.core.facts.Determination;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.MealPeriod;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.Position;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.RecordMapper;
import org.emplaw.core.io.Values;

/**
 * Turns input rows into the core fact records, through {@link RecordMapper} so every value is
 * converted strictly and every error names the record ({@code file:line}) and the column.
 */
public final class Rows {
    private Rows() {
    }

    /** An employee row; the work location is checked against the known places. */
    public static Employee employee(InputRow r, Places places) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> loc = new LinkedHashMap<>();
        loc.put("state", r.get("state"));
        loc.put("county", r.get("county"));
        loc.put("city", r.get("city"));
        m.put("id", r.get("employee_id"));
        m.put("work_location", loc);
        copy(r, m, "employer_headcount", "hire_date", "separation_date", "birth_date", "pay_basis", "hourly_rate",
                "salary", "salary_period", "classification", "industry", "sex", "race_ethnicity", "position_id");
        m.put("claimed_exemptions", list(r.get("claimed_exemptions")));
        m.put("licenses", list(r.get("licenses")));
        Employee e = map(m, Employee.class, r, Map.of("id", "employee_id", "work_location", "state"));
        places.check(e.workLocation(), r.ref(), "city");
        return e;
    }

    /** A position row. */
    public static Position position(InputRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.get("position_id"));
        copy(r, m, "title", "class_code", "department", "license_required", "time_away_selling_share");
        List<Object> duties = new ArrayList<>();
        for (String d : list(r.get("duties"))) {
            int colon = d.lastIndexOf(':');
            if (colon <= 0) {
                throw new InputException(r.ref(), "duties", "'" + d + "' is not kind:share");
            }
            duties.add(Map.of("kind", d.substring(0, colon).strip(), "share", d.substring(colon + 1).strip()));
        }
        m.put("duties", duties);
        if (r.get("ftes_directed") != null || r.get("hire_fire_authority") != null
                || r.get("recommendations_given_weight") != null || r.get("directs_customarily") != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("full_time_equivalents_directed", r.get("ftes_directed"));
            s.put("customarily_and_regularly", r.get("directs_customarily"));
            s.put("hire_fire_authority", r.get("hire_fire_authority"));
            s.put("recommendations_given_weight", r.get("recommendations_given_weight"));
            m.put("supervision", s);
        }
        Map<String, Object> dets = new LinkedHashMap<>();
        for (String d : list(r.get("determinations"))) {
            int eq = d.indexOf('=');
            int by = d.indexOf(" by ");
            if (eq <= 0 || by < eq) {
                throw new InputException(r.ref(), "determinations", "'" + d + "' is not 'question=yes|no by WHO'");
            }
            String q = d.substring(0, eq).strip();
            boolean holds = Values.bool(d.substring(eq + 1, by).strip(), "determinations." + q);
            dets.put(q, new Determination(holds, d.substring(by + 4).strip(), "recorded in " + r.ref()));
        }
        Position p = map(m, Position.class, r, Map.of("id", "position_id"));
        return dets.isEmpty() ? p : new Position(p.id(), p.title(), p.classCode(), p.department(), p.duties(), p.supervision(),
                castDeterminations(dets), p.licenseRequired(), p.workingConditions(), p.skill(), p.effort(),
                p.responsibility(), p.timeAwaySellingShare());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Determination> castDeterminations(Map<String, Object> m) {
        return (Map<String, Determination>) (Map<String, ?>) m;
    }

    /** A time row: one workday. */
    public static WorkDay workDay(InputRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        copy(r, m, "date", "hours_worked", "first_meal_waived", "second_meal_waived", "rest_breaks_taken", "city");
        m.putIfAbsent("first_meal_waived", "false");
        m.putIfAbsent("second_meal_waived", "false");
        List<Object> meals = new ArrayList<>();
        for (String n : List.of("meal1", "meal2")) {
            String after = r.get(n + "_after_hours");
            String minutes = r.get(n + "_minutes");
            if (after == null && minutes == null) {
                continue;
            }
            if (after == null || minutes == null) {
                throw new InputException(r.ref(), after == null ? n + "_after_hours" : n + "_minutes",
                        "is required when the other " + n + " column is given");
            }
            Map<String, Object> meal = new LinkedHashMap<>();
            meal.put("started_after_hours", after);
            meal.put("minutes", minutes);
            meal.put("relieved_of_all_duty", r.get(n + "_relieved") == null ? "true" : r.get(n + "_relieved"));
            meals.add(meal);
        }
        m.put("meals", meals);
        try {
            return RecordMapper.read(m, WorkDay.class, r.ref());
        } catch (InputException e) {
            InputException meal = mealColumn(e, r);
            return meal != null ? throwAs(meal) : map(m, WorkDay.class, r, Map.of("meals", "meal1_after_hours"));
        }
    }

    /** A problem in a meal period (field {@code meals[0].minutes}, or record {@code ... meals[0]}) named by its column. */
    private static InputException mealColumn(InputException e, InputRow r) {
        String f = e.field() == null ? "" : e.field();
        String rec = e.record() == null ? "" : e.record();
        String where = f.startsWith("meals[") ? f : rec.contains("meals[") ? rec.substring(rec.indexOf("meals[")) : null;
        if (where == null) {
            return null;
        }
        String n = "meal" + (Integer.parseInt(where.substring(6, where.indexOf(']'))) + 1);
        String col = f.contains("minutes") ? n + "_minutes" : f.contains("relieved") ? n + "_relieved" : n + "_after_hours";
        return new InputException(r.ref(), col, e.problem());
    }

    /** Whether a pay row is a deduction. */
    public static boolean isDeduction(InputRow r) {
        return "deduction".equalsIgnoreCase(String.valueOf(r.get("kind")).strip());
    }

    /** A pay row that pays wages. */
    public static PayItem payItem(InputRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        copy(r, m, "kind", "amount", "hours", "rate", "note");
        return map(m, PayItem.class, r, Map.of());
    }

    /** A pay row of kind {@code deduction}. */
    public static Deduction deduction(InputRow r) {
        if (r.get("deduction_reason") == null) {
            throw new InputException(r.ref(), "deduction_reason", "is required for kind=deduction (one of "
                    + java.util.Arrays.stream(DeductionReason.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList() + ")");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", r.get("deduction_reason"));
        m.put("amount", r.get("amount"));
        m.put("note", r.get("note"));
        return map(m, Deduction.class, r, Map.of("reason", "deduction_reason"));
    }

    /** Checks that a kind is a pay kind (or deduction), naming the column. */
    public static void checkKind(InputRow r) {
        if (!isDeduction(r)) {
            Values.enumValue(PayKind.class, r.get("kind"), "kind");
        }
    }

    public static BigDecimal decimal(InputRow r, String column) {
        try {
            return Values.decimal(r.get(column), column);
        } catch (InputException e) {
            throw new InputException(r.ref(), column, e.problem());
        }
    }

    public static java.time.LocalDate date(InputRow r, String column) {
        String v = r.get(column);
        if (v == null) {
            throw new InputException(r.ref(), column, "is required");
        }
        try {
            return Values.date(v, column);
        } catch (InputException e) {
            throw new InputException(r.ref(), column, e.problem());
        }
    }

    private static void copy(InputRow r, Map<String, Object> m, String... columns) {
        for (String c : columns) {
            if (r.get(c) != null) {
                m.put(c, r.get(c));
            }
        }
    }

    static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String x : s.split(";")) {
                if (!x.isBlank()) {
                    out.add(x.strip());
                }
            }
        }
        return out;
    }

    /** Maps, then renames record fields back to column names in the error ({@code id} -> {@code employee_id}). */
    private static <T extends Record> T map(Map<String, Object> m, Class<T> type, InputRow r, Map<String, String> columns) {
        try {
            return RecordMapper.read(m, type, r.ref());
        } catch (InputException e) {
            String field = e.field();
            if (field != null && columns.containsKey(field)) {
                field = columns.get(field);
            }
            String record = e.record();
            String rec = record == null || !record.startsWith(r.ref()) ? r.ref() : r.ref();
            return throwAs(new InputException(rec, field, e.problem() + nested(record, r.ref())));
        }
    }

    private static String nested(String record, String ref) {
        if (record != null && record.startsWith("(") && record.endsWith(")")) {
            record = record.substring(1, record.length() - 1);
        }
        if (record == null || record.equals(ref) || !record.startsWith(ref)) {
            return record == null || record.startsWith(ref) ? "" : " (" + record + ")";
        }
        return " (" + record.substring(ref.length()).strip() + ")";
    }

    private static <T> T throwAs(InputException e) {
        throw e;
    }
}
