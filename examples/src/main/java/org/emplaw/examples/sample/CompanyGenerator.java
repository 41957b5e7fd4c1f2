package org.emplaw.examples.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emplaw.core.law.LawBook;

/**
 * A seeded synthetic California company: employees in Los Angeles, San Francisco, San Jose, Berkeley and
 * general-law cities without a local minimum wage (Elk Grove, Temecula, Rancho Cordova); hourly,
 * salaried non-exempt, salaried exempt (administrative, executive), commissioned and computer
 * professionals; 26 biweekly pay periods from 5 January 2025, Monday to Friday eight-hour days.
 *
 * <p>Everything is compliant except the violations planted at known rates, and the expected counts are
 * written beside the data ({@code expected.yaml}). The figures of law the generator needs to stay
 * compliant or to plant a violation (state and local minimum wages, the exempt salary floor, the
 * computer professional rate) are read from the loaded parameter tables, never written here. Planted:
 * <ul>
 * <li>minimum wage: an hourly employee paid below the applicable (state or local) minimum wage all year
 *     (every pay period is a violation);</li>
 * <li>overtime: a workweek of an hourly employee with one ten-hour day paid at straight time (two daily
 *     overtime hours; Lab. Code 510(a));</li>
 * <li>meal period: an eight-hour day whose only meal period starts after the fifth hour, or with no meal
 *     and no waiver, and no premium paid (Lab. Code 512(a), 226.7);</li>
 * <li>rest period: an eight-hour day with one ten-minute rest period instead of two, and no premium (Wage
 *     Order 4 s.12);</li>
 * <li>misclassification: an employee classified exempt (administrative) whose salary is below the exempt
 *     salary floor (Lab. Code 515(a)).</li>
 * </ul>
 * Streams to disk: memory does not grow with the number of employees beyond one byte each.
 */
public final class CompanyGenerator {
    /** Planting rates. */
    public record Rates(double minimumWageEmployees, double overtimeWeeks, double mealDays, double restDays,
                        double misclassifiedEmployees) {
        public static Rates standard() {
            return new Rates(0.03, 0.004, 0.002, 0.002, 0.08);
        }
    }

    /** What was generated and planted. */
    public record Counts(int employees, long payPeriods, long workdays, long payRows, Map<String, Long> planted,
                         Map<String, Long> plantedEmployees) {
    }

    enum Kind { HOURLY, SALARIED_NON_EXEMPT, ADMINISTRATIVE, EXECUTIVE, COMMISSIONED, COMPUTER_PROFESSIONAL }

    /** A work city: its code, county and the qualifier of local_min_wage_hourly (null: no local ordinance). */
    record City(String name, String county, String localQualifier, double weight) {
    }

    static final List<City> CITIES = List.of(
            new City("Los Angeles", "los_angeles", "los_angeles_city", 0.33),
            new City("San Francisco", "san_francisco", "san_francisco", 0.20),
            new City("San Jose", "santa_clara", "san_jose", 0.20),
            new City("Berkeley", "alameda", "berkeley", 0.05),
            new City("Elk Grove", "sacramento", null, 0.09),
            new City("Temecula", "riverside", null, 0.08),
            new City("Rancho Cordova", "sacramento", null, 0.05));

    static final double[] KIND_WEIGHTS = {0.55, 0.10, 0.12, 0.05, 0.08, 0.10};

    public static final String MINIMUM_WAGE = "ca.wage.minimum-wage.pay-period";
    public static final String OVERTIME = "ca.wage.overtime.workweek";
    public static final String MEAL = "ca.wage.meal-period.workday";
    public static final String REST = "ca.wage.rest-period.workday";
    public static final String MISCLASSIFICATION = "ca.wage.exemption.misclassification";

    private static final String SIZE = "employers_26_plus";
    private static final LocalDate FIRST_PERIOD = LocalDate.of(2025, 1, 5);
    private static final int PERIODS = 26;
    private static final LocalDate YEAR_END = FIRST_PERIOD.plusDays(14L * PERIODS - 1);

    private final LawBook law;
    private final Rates rates;

    public CompanyGenerator(LawBook law, Rates rates) {
        this.law = law;
        this.rates = rates;
    }

    private BigDecimal lawValue(String name, String qualifier, LocalDate d) {
        return law.value(name, qualifier, d).decimal();
    }

    /** The minimum wage that applies in {@code city} on {@code d}: the higher of the state and local rates. */
    BigDecimal minimumWage(City city, LocalDate d) {
        BigDecimal state = lawValue("ca_min_wage_hourly", SIZE, d);
        if (city.localQualifier() == null) {
            return state;
        }
        BigDecimal local = lawValue("local_min_wage_hourly", city.localQualifier(), d);
        return local.max(state);
    }

    private static <T> int pick(Random rnd, double[] weights) {
        double x = rnd.nextDouble();
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (x < sum) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    /** Generates {@code employees} employees into {@code dir} (employees, positions, time, pay .csv and expected.yaml). */
    public Counts generate(int employees, long seed, Path dir) throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(seed);
        byte[] kind = new byte[employees];
        byte[] city = new byte[employees];
        double[] cityWeights = CITIES.stream().mapToDouble(City::weight).toArray();
        for (int i = 0; i < employees; i++) {
            kind[i] = (byte) pick(rnd, KIND_WEIGHTS);
            city[i] = (byte) pick(rnd, cityWeights);
        }
        boolean[] minWage = new boolean[employees];
        boolean[] misclassified = new boolean[employees];
        int firstHourly = -1;
        int firstAdmin = -1;
        long nMin = 0;
        long nMis = 0;
        for (int i = 0; i < employees; i++) {
            if (kind[i] == Kind.HOURLY.ordinal()) {
                firstHourly = firstHourly < 0 ? i : firstHourly;
                minWage[i] = rnd.nextDouble() < rates.minimumWageEmployees();
                nMin += minWage[i] ? 1 : 0;
            }
            if (kind[i] == Kind.ADMINISTRATIVE.ordinal()) {
                firstAdmin = firstAdmin < 0 ? i : firstAdmin;
                misclassified[i] = rnd.nextDouble() < rates.misclassifiedEmployees();
                nMis += misclassified[i] ? 1 : 0;
            }
        }
        if (nMin == 0 && firstHourly >= 0) {
            minWage[firstHourly] = true;
        }
        if (nMis == 0 && firstAdmin >= 0) {
            misclassified[firstAdmin] = true;
        }
        Map<String, Long> planted = new LinkedHashMap<>();
        Map<String, Long> plantedEmployees = new LinkedHashMap<>();
        for (String r : List.of(MINIMUM_WAGE, OVERTIME, MEAL, REST, MISCLASSIFICATION)) {
            planted.put(r, 0L);
            plantedEmployees.put(r, 0L);
        }
        long periods = 0;
        long days = 0;
        long payRows = 0;
        BigDecimal exemptFloorJan = lawValue("ca_exempt_salary_annual", SIZE, FIRST_PERIOD);
        BigDecimal exemptFloorDec = lawValue("ca_exempt_salary_annual", SIZE, YEAR_END);
        BigDecimal computerHourly = lawValue("ca_computer_prof_min_hourly", null, YEAR_END);
        try (BufferedWriter emp = writer(dir, "employees.csv"); BufferedWriter time = writer(dir, "time.csv");
             BufferedWriter pay = writer(dir, "pay.csv"); BufferedWriter pos = writer(dir, "positions.csv")) {
            emp.write("employee_id,state,county,city,employer_headcount,hire_date,pay_basis,hourly_rate,salary,salary_period,"
                    + "classification,claimed_exemptions,position_id\n");
            time.write("employee_id,date,hours_worked,meal1_after_hours,meal1_minutes,meal1_relieved,rest_breaks_taken\n");
            pay.write("employee_id,pay_period_id,period_start,period_end,pay_date,workweek_start,kind,amount,hours,rate\n");
            pos.write("position_id,title,duties,ftes_directed,directs_customarily,hire_fire_authority,determinations\n");
            pos.write("HOURLY,Associate,non_exempt:1.0,,,,\n");
            pos.write("OFFICE,Office coordinator,non_exempt:1.0,,,,\n");
            pos.write("SALES,Inside sales representative,non_exempt:1.0,,,,\n");
            String judged = " by HR Director";
            pos.write("ADMIN,Operations analyst,administrative:0.7;non_exempt:0.3,,,,"
                    + "administrative_duties=yes" + judged + ";discretion_and_independent_judgment=yes" + judged
                    + ";specialized_work_under_general_supervision=yes" + judged + "\n");
            pos.write("EXEC,Department manager,management:0.8;non_exempt:0.2,3,true,true,"
                    + "management_duties=yes" + judged + ";discretion_and_independent_judgment=yes" + judged + "\n");
            pos.write("SWE,Software engineer,software_design:0.6;systems_analysis:0.3;non_exempt:0.1,,,,"
                    + "intellectual_or_creative=yes" + judged + ";discretion_and_independent_judgment=yes" + judged
                    + ";highly_skilled_and_proficient=yes" + judged + ";trainee_or_entry_level=no" + judged
                    + ";lacks_skill_to_work_independently=no" + judged + "\n");
            int headcount = Math.max(employees, 30);
            for (int i = 0; i < employees; i++) {
                String id = String.format("E%07d", i + 1);
                Kind k = Kind.values()[kind[i]];
                City c = CITIES.get(city[i]);
                BigDecimal maxMin = minimumWage(c, YEAR_END);
                BigDecimal rate = null;
                BigDecimal salary = null;
                String salaryPeriod = "";
                String basis;
                String classification = "non_exempt";
                String claims = "";
                String position;
                BigDecimal commissionFactor = null;
                switch (k) {
                    case HOURLY -> {
                        basis = "hourly";
                        position = "HOURLY";
                        rate = minWage[i]
                                ? minimumWage(c, FIRST_PERIOD).subtract(money(0.25 + rnd.nextDouble() * 0.5))
                                : maxMin.add(money(1 + rnd.nextDouble() * 17)).setScale(2, RoundingMode.HALF_UP);
                    }
                    case SALARIED_NON_EXEMPT -> {
                        basis = "salary";
                        position = "OFFICE";
                        salaryPeriod = "weekly";
                        salary = maxMin.add(money(3 + rnd.nextDouble() * 10)).multiply(BigDecimal.valueOf(40)).setScale(2, RoundingMode.HALF_UP);
                    }
                    case ADMINISTRATIVE, EXECUTIVE -> {
                        basis = "salary";
                        position = k == Kind.EXECUTIVE ? "EXEC" : "ADMIN";
                        classification = "exempt";
                        claims = k == Kind.EXECUTIVE ? "executive" : "administrative";
                        salaryPeriod = "annual";
                        double f = misclassified[i] ? 0.80 + rnd.nextDouble() * 0.15 : 1.15 + rnd.nextDouble();
                        salary = (misclassified[i] ? exemptFloorJan : exemptFloorDec).multiply(BigDecimal.valueOf(f))
                                .setScale(-2, RoundingMode.HALF_UP).setScale(2);
                    }
                    case COMMISSIONED -> {
                        basis = "commission";
                        position = "SALES";
                        commissionFactor = BigDecimal.valueOf(2 + rnd.nextDouble()).setScale(3, RoundingMode.HALF_UP);
                    }
                    default -> {
                        basis = "hourly";
                        position = "SWE";
                        classification = "exempt";
                        claims = "computer_professional";
                        rate = computerHourly.max(maxMin).multiply(BigDecimal.valueOf(1.1 + rnd.nextDouble() * 0.5))
                                .setScale(2, RoundingMode.HALF_UP);
                    }
                }
                emp.write(String.join(",", id, "CA", c.county(), c.name(), String.valueOf(headcount), "2020-03-02", basis,
                        rate == null ? "" : rate.toPlainString(), salary == null ? "" : salary.toPlainString(), salaryPeriod,
                        classification, claims, position) + "\n");
                boolean plantable = k == Kind.HOURLY && !minWage[i];
                boolean hadOt = false;
                boolean hadMeal = false;
                boolean hadRest = false;
                for (int p = 0; p < PERIODS; p++) {
                    LocalDate start = FIRST_PERIOD.plusDays(14L * p);
                    LocalDate end = start.plusDays(13);
                    BigDecimal hours = BigDecimal.ZERO;
                    int otWeek = plantable && rnd.nextDouble() < rates.overtimeWeeks() * 2 ? rnd.nextInt(2) : -1;
                    for (int d = 0; d < 14; d++) {
                        LocalDate date = start.plusDays(d);
                        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                            continue;
                        }
                        boolean otDay = otWeek >= 0 && d == otWeek * 7 + 3;
                        if (!otDay && k == Kind.HOURLY && rnd.nextDouble() < 0.04) {
                            continue; // a day off, not worked and not paid
                        }
                        String h = otDay ? "10" : "8";
                        String mealAfter = BigDecimal.valueOf(3.5 + rnd.nextInt(7) * 0.25).toPlainString();
                        String mealMinutes = "30";
                        String rest = "2";
                        if (!otDay && plantable && rnd.nextDouble() < rates.mealDays()) {
                            planted.merge(MEAL, 1L, Long::sum);
                            hadMeal = true;
                            if (rnd.nextBoolean()) {
                                mealAfter = "5.5";
                            } else {
                                mealAfter = "";
                                mealMinutes = "";
                            }
                        } else if (!otDay && plantable && rnd.nextDouble() < rates.restDays()) {
                            planted.merge(REST, 1L, Long::sum);
                            hadRest = true;
                            rest = "1";
                        }
                        time.write(String.join(",", id, date.toString(), h, mealAfter, mealMinutes, mealMinutes.isEmpty() ? "" : "true",
                                rest) + "\n");
                        days++;
                        hours = hours.add(new BigDecimal(h));
                        if (otDay) {
                            planted.merge(OVERTIME, 1L, Long::sum);
                            hadOt = true;
                        }
                    }
                    String pid = String.format("PP2025-%02d", p + 1);
                    String head = String.join(",", id, pid, start.toString(), end.toString(), end.plusDays(6).toString(), "sunday");
                    switch (k) {
                        case HOURLY, COMPUTER_PROFESSIONAL -> pay.write(head + ",straight_time," + rate.multiply(hours)
                                .setScale(2, RoundingMode.HALF_UP).toPlainString() + "," + hours.toPlainString() + "," + rate.toPlainString() + "\n");
                        case SALARIED_NON_EXEMPT -> pay.write(head + ",salary," + salary.multiply(BigDecimal.valueOf(2)).toPlainString()
                                + "," + hours.toPlainString() + ",\n");
                        case ADMINISTRATIVE, EXECUTIVE -> pay.write(head + ",salary," + salary.divide(BigDecimal.valueOf(PERIODS), 2,
                                RoundingMode.HALF_UP).toPlainString() + ",,\n");
                        default -> pay.write(head + ",commission," + hours.multiply(maxMin).multiply(commissionFactor)
                                .setScale(2, RoundingMode.HALF_UP).toPlainString() + ",,\n");
                    }
                    payRows++;
                    periods++;
                    if (minWage[i]) {
                        planted.merge(MINIMUM_WAGE, 1L, Long::sum);
                    }
                }
                if (minWage[i]) {
                    plantedEmployees.merge(MINIMUM_WAGE, 1L, Long::sum);
                }
                if (misclassified[i]) {
                    plantedEmployees.merge(MISCLASSIFICATION, 1L, Long::sum);
                    planted.merge(MISCLASSIFICATION, (long) PERIODS, Long::sum);
                }
                plantedEmployees.merge(OVERTIME, hadOt ? 1L : 0L, Long::sum);
                plantedEmployees.merge(MEAL, hadMeal ? 1L : 0L, Long::sum);
                plantedEmployees.merge(REST, hadRest ? 1L : 0L, Long::sum);
            }
        }
        Counts counts = new Counts(employees, periods, days, payRows, planted, plantedEmployees);
        Files.writeString(dir.resolve("expected.yaml"), expectedYaml(counts, seed), StandardCharsets.UTF_8);
        return counts;
    }

    private static BufferedWriter writer(Path dir, String name) throws IOException {
        return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    }

    static String expectedYaml(Counts c, long seed) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Violations planted by emplaw generate --employees ").append(c.employees()).append(" --seed ").append(seed).append('\n')
                .append("# ").append(c.employees()).append(" employees, ").append(c.payPeriods()).append(" pay periods, ")
                .append(c.workdays()).append(" workdays, ").append(c.payRows()).append(" pay rows.\n")
                .append("# Everything else is compliant. Check an audit against it with: emplaw audit --data DIR --expect DIR/expected.yaml\n")
                .append("# count: findings = NOT_MET findings of the rule; employees = employees with at least one.\n")
                .append("seed: ").append(seed).append('\n')
                .append("employees: ").append(c.employees()).append('\n')
                .append("pay_periods: ").append(c.payPeriods()).append('\n')
                .append("expected:\n");
        entry(sb, MINIMUM_WAGE, "findings", c.planted().get(MINIMUM_WAGE),
                c.plantedEmployees().get(MINIMUM_WAGE) + " hourly employees paid below the state or local minimum wage all year "
                        + "(Lab. Code 1182.12; local ordinances); every pay period of theirs");
        entry(sb, OVERTIME, "findings", c.planted().get(OVERTIME),
                "workweeks with one ten-hour day paid at straight time: 2 daily overtime hours, owed: time and a half for the 2 hours less what was paid for them (Lab. Code 510(a))");
        entry(sb, MEAL, "findings", c.planted().get(MEAL),
                "eight-hour workdays whose meal period started after the fifth hour or was not taken (not waived), no premium paid: "
                        + "owed one hour at the regular rate (Lab. Code 512(a), 226.7)");
        entry(sb, REST, "findings", c.planted().get(REST),
                "eight-hour workdays with one rest period instead of two, no premium paid: owed one hour at the regular rate "
                        + "(Wage Order 4 s.12; Lab. Code 226.7)");
        entry(sb, MISCLASSIFICATION, "employees", c.plantedEmployees().get(MISCLASSIFICATION),
                "employees classified exempt (administrative) with a salary below the exempt salary floor (Lab. Code 515(a)); "
                        + "they work 40-hour weeks, so no overtime is owed");
        return sb.toString();
    }

    private static void entry(StringBuilder sb, String rule, String count, long n, String planted) {
        sb.append("  - rule: ").append(rule).append('\n').append("    count: ").append(count).append('\n')
                .append("    not_met: ").append(n).append('\n').append("    planted: \"").append(planted.replace("\"", "'")).append("\"\n");
    }
}
