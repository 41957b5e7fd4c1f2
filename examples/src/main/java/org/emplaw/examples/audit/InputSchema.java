package org.emplaw.examples.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented columns of the audit's input files (the same names are the keys of the JSON Lines
 * form). A required column must be in the header; a column not listed here is an error, so a misspelt
 * column never vanishes. Documented in {@code examples/INPUTS.md}; {@code emplaw audit --schemas} prints it.
 */
public final class InputSchema {
    /** A column: its name, whether the header must have it, and what it holds. */
    public record Column(String name, boolean required, String description) {
    }

    private final String name;
    private final String order;
    private final Map<String, Column> columns = new LinkedHashMap<>();

    private InputSchema(String name, String order, Column... cols) {
        this.name = name;
        this.order = order;
        for (Column c : cols) {
            columns.put(c.name(), c);
        }
    }

    public String name() {
        return name;
    }

    /** How rows must be sorted. */
    public String order() {
        return order;
    }

    public Map<String, Column> columns() {
        return columns;
    }

    public List<String> required() {
        return columns.values().stream().filter(Column::required).map(Column::name).toList();
    }

    private static Column req(String n, String d) {
        return new Column(n, true, d);
    }

    private static Column opt(String n, String d) {
        return new Column(n, false, d);
    }

    public static final InputSchema EMPLOYEES = new InputSchema("employees", "sorted by employee_id; one row per employee",
            req("employee_id", "the employer's identifier (sort key; compared as text, so pad numbers: E000042)"),
            req("state", "two-letter state of the usual work location (CA)"),
            opt("county", "county (Los Angeles, los_angeles, ...)"),
            opt("city", "incorporated city of the usual work location; empty for unincorporated areas"),
            opt("employer_headcount", "employees of the employer, all locations"),
            opt("hire_date", "YYYY-MM-DD"),
            opt("separation_date", "YYYY-MM-DD, if separated"),
            opt("birth_date", "YYYY-MM-DD"),
            req("pay_basis", "hourly, salary, commission or piece"),
            opt("hourly_rate", "USD per hour (hourly employees)"),
            opt("salary", "salary amount per salary_period"),
            opt("salary_period", "weekly, biweekly, semimonthly, monthly or annual"),
            req("classification", "how the employer classifies the employee: exempt or non_exempt"),
            opt("claimed_exemptions", "exemptions relied on, separated by ';' (executive;administrative;professional;computer_professional;outside_sales;commissioned)"),
            opt("industry", "industry code where an industry minimum applies (fast_food, health_care)"),
            opt("licenses", "licences held, separated by ';'"),
            opt("sex", "where equal-pay analysis needs it"),
            opt("race_ethnicity", "where equal-pay analysis needs it"),
            opt("position_id", "the position held (a position_id of positions.csv)"));

    public static final InputSchema POSITIONS = new InputSchema("positions", "any order; one row per position (read into memory: positions are few)",
            req("position_id", "position identifier"),
            opt("title", "working title"),
            opt("class_code", "job class code"),
            opt("department", "department"),
            opt("duties", "duties as shares of working time, 'kind:share' separated by ';' (programming:0.7;non_exempt:0.3)"),
            opt("ftes_directed", "full-time equivalents whose work the incumbent directs"),
            opt("directs_customarily", "true/false: the direction is customary and regular"),
            opt("hire_fire_authority", "true/false"),
            opt("recommendations_given_weight", "true/false"),
            opt("determinations", "judgments made by a person, 'question=yes|no by WHO' separated by ';' "
                    + "(discretion_and_independent_judgment=yes by HR Director)"),
            opt("license_required", "licence the position requires"),
            opt("time_away_selling_share", "fraction of time away from the employer's place of business selling"));

    public static final InputSchema TIME = new InputSchema("time", "sorted by employee_id, then date; one row per workday",
            req("employee_id", "the employee"),
            req("date", "the workday, YYYY-MM-DD"),
            req("hours_worked", "hours worked (0-24), meal periods excluded, rest periods included"),
            opt("meal1_after_hours", "hours worked before the first meal period began"),
            opt("meal1_minutes", "length of the first meal period"),
            opt("meal1_relieved", "true/false: relieved of all duty (default true when a meal is recorded)"),
            opt("meal2_after_hours", "hours worked before the second meal period began"),
            opt("meal2_minutes", "length of the second meal period"),
            opt("meal2_relieved", "true/false"),
            opt("first_meal_waived", "true/false: first meal waived by mutual consent"),
            opt("second_meal_waived", "true/false"),
            opt("rest_breaks_taken", "ten-minute net rest periods authorised and permitted; empty: not recorded"),
            opt("city", "work city for the day when it differs from the usual location"));

    public static final InputSchema PAY = new InputSchema("pay", "sorted by employee_id, then period_start; one row per pay item per pay period, the rows of a period together",
            req("employee_id", "the employee"),
            req("pay_period_id", "pay period identifier (unique per employee)"),
            req("period_start", "first day of the pay period, YYYY-MM-DD"),
            req("period_end", "last day, YYYY-MM-DD"),
            opt("pay_date", "the date wages were paid"),
            opt("workweek_start", "the day the fixed workweek begins (sunday ... saturday); same on every row of the period"),
            req("kind", "straight_time, salary, overtime, double_time, commission, piece, bonus_flat_sum, bonus_production, "
                    + "bonus_discretionary, shift_premium, meal_premium, rest_premium, paid_leave, reimbursement, other, or deduction"),
            req("amount", "amount paid (or deducted), USD"),
            opt("hours", "hours the line pays for"),
            opt("rate", "rate per hour"),
            opt("deduction_reason", "for kind=deduction: partial_day_absence, full_day_absence_personal, ..."),
            opt("note", "free text"));

    public static final List<InputSchema> AUDIT = List.of(EMPLOYEES, POSITIONS, TIME, PAY);

    public static final InputSchema CANDIDATES = new InputSchema("candidates", "any order; one row per candidate",
            req("candidate_id", "candidate identifier"),
            opt("application_received", "YYYY-MM-DD"),
            opt("department", "the candidate's department (promotional examinations)"),
            opt("continuous_service_years", "continuous service, for promotional seniority credit"),
            opt("active_duty", "periods of active military service, 'from..to' separated by ';'"),
            opt("release_from_active_duty", "YYYY-MM-DD"),
            opt("honorably_discharged", "true/false"),
            opt("va_certified_disabled", "true/false"),
            opt("listed_on", "date placed on the eligible list"),
            opt("score.*", "score (0-100) on a test, one column per test id of the exam definition (score.written, score.interview)"));

    /** Markdown documentation of every audit input file. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        for (InputSchema s : List.of(EMPLOYEES, POSITIONS, TIME, PAY, CANDIDATES)) {
            sb.append("### ").append(s.name).append(".csv / ").append(s.name).append(".jsonl\n\n")
                    .append("Order: ").append(s.order).append(".\n\n| column | required | meaning |\n|---|---|---|\n");
            for (Column c : s.columns.values()) {
                sb.append("| `").append(c.name()).append("` | ").append(c.required() ? "yes" : "").append(" | ")
                        .append(c.description().replace("|", "\\|")).append(" |\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
