package org.emplaw.ca.wage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.emplaw.core.BatchInput;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.io.RecordMapper;
import org.emplaw.core.law.DatedValue;
import org.emplaw.core.law.Parameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Law-table integrity sweep: every month from 2016-01 to 2026-12 and every supported location (state
 * law only; each city and county of the local minimum-wage table, read from the table itself; an
 * unincorporated Los Angeles County address; a city with no ordinance in the tables), a non-exempt
 * hourly employee's weekly pay period with a long day, a day without a meal period and a day with a
 * missed rest period; the employer size alternates between the tiers or is not given, and some employees
 * work in fast food. Each pay-period question (minimum wage, overtime, meal periods, rest periods)
 * gets an answer or an explicit INSUFFICIENT_FACTS / NEEDS_CONFIGURATION naming what is missing; never
 * no finding, never an evaluation error, never two different outcomes for the same question and subject.
 */
class LawSweepTest {
    static final List<String> QUESTIONS = List.of("ca.wage.minimum-wage.pay-period", "ca.wage.overtime.workweek",
            "ca.wage.meal-period.workday", "ca.wage.rest-period.workday");
    static final YearMonth FIRST = YearMonth.of(2016, 1);
    static final YearMonth LAST = YearMonth.of(2026, 12);
    static Emplaw emplaw;

    @BeforeAll
    static void load() {
        emplaw = Emplaw.builder().modules("us-ca-wage").threads(2).build();
    }

    @AfterAll
    static void close() {
        emplaw.close();
    }

    /** A place of work: county, city and the industry that picks a locality (West Hollywood hotels). */
    record Place(String label, String county, String city, String industry) {
    }

    /** Every locality of the local table, as the work location that selects it, plus state-only places. */
    static List<Place> places() {
        Parameter local = emplaw.law().tables().get("local_min_wage_hourly");
        assertThat(local).as("the local minimum wage table").isNotNull();
        Set<String> qualifiers = new LinkedHashSet<>();
        for (DatedValue v : local.values()) {
            qualifiers.add(v.qualifier());
        }
        List<Place> out = new ArrayList<>();
        out.add(new Place("state only", null, null, null));
        out.add(new Place("city without a local ordinance in the tables (sacramento)", "sacramento", "sacramento", null));
        for (String q : qualifiers) {
            out.add(switch (q) {
                case "los_angeles_city" -> new Place(q, "los_angeles", "los_angeles", null);
                case "los_angeles_county_unincorporated" -> new Place(q + " (unincorporated address)", "los_angeles", null, null);
                case "west_hollywood_non_hotel" -> new Place(q, "los_angeles", "west_hollywood", null);
                case "west_hollywood_hotel" -> new Place(q, "los_angeles", "west_hollywood", "hotel");
                default -> new Place(q, null, q, null);
            });
        }
        assertThat(qualifiers).as("localities of the local table").contains("los_angeles_city", "los_angeles_county_unincorporated");
        return out;
    }

    static Map<String, Object> day(LocalDate d, String hours, String mealAfter, Integer restBreaks) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d.toString());
        m.put("hours_worked", hours);
        if (mealAfter != null) {
            m.put("meals", List.of(Map.of("started_after_hours", mealAfter, "minutes", "30", "relieved_of_all_duty", "true")));
        }
        if (restBreaks != null) {
            m.put("rest_breaks_taken", String.valueOf(restBreaks));
        }
        return m;
    }

    /** The pay period of the second full week of the month: 8 h; 10 h with a late meal; 6 h without a meal; 8 h missing a rest; 8 h. */
    static EvaluationRequest request(YearMonth month, Place place, int n) {
        LocalDate start = month.atDay(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate end = start.plusDays(6);
        Map<String, Object> loc = new LinkedHashMap<>();
        loc.put("state", "CA");
        loc.put("county", place.county());
        loc.put("city", place.city());
        Map<String, Object> emp = new LinkedHashMap<>();
        String id = "S" + n;
        emp.put("id", id);
        emp.put("work_location", loc);
        // both employer-size tiers, and (every third period) no headcount at all; every fifth a fast-food employee
        emp.put("employer_headcount", n % 3 == 2 ? null : month.getMonthValue() % 2 == 0 ? "10" : "120");
        emp.put("pay_basis", "hourly");
        emp.put("hourly_rate", "16.00");
        emp.put("classification", "non_exempt");
        emp.put("industry", place.industry() != null ? place.industry() : n % 5 == 4 ? "fast_food" : null);
        List<Object> days = List.of(day(start.plusDays(1), "8", "4", 2), day(start.plusDays(2), "10", "5.5", 3),
                day(start.plusDays(3), "6", null, 1), day(start.plusDays(4), "8", "4", 1), day(start.plusDays(5), "8", "4", null));
        Map<String, Object> pp = new LinkedHashMap<>();
        pp.put("id", "W" + month);
        pp.put("employee_id", id);
        pp.put("start", start.toString());
        pp.put("end", end.toString());
        pp.put("workweek_start", "sunday");
        pp.put("days", days);
        pp.put("pay", List.of(Map.of("kind", "straight_time", "amount", "640.00", "hours", "40", "rate", "16.00"),
                Map.of("kind", "overtime", "amount", "48.00", "hours", "2", "rate", "24.00")));
        pp.put("pay_date", end.plusDays(5).toString());
        Employee e = RecordMapper.read(emp, Employee.class, "sweep " + month + " " + place.label());
        PayPeriod p = RecordMapper.read(pp, PayPeriod.class, "sweep " + month + " " + place.label());
        return EvaluationRequest.asOf(end).subject(e.subject() + " pay period " + p.id()).fact(e).fact(p).build();
    }

    @Test
    void everyPayPeriodQuestionIsAnsweredOrSaysWhatIsMissingInEveryMonthAndPlace() {
        List<Place> places = places();
        List<BatchInput> inputs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int n = 0;
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            for (Place p : places) {
                YearMonth month = m;
                int k = n++;
                String label = month + " " + p.label();
                labels.add(label);
                inputs.add(new BatchInput(label, () -> request(month, p, k)));
            }
        }
        Map<String, Map<Outcome, Integer>> tally = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Iterator<BatchResult> results = emplaw.evaluateAll(inputs.iterator());
        int evaluations = 0;
        while (results.hasNext()) {
            BatchResult r = results.next();
            evaluations++;
            if (!r.ok()) {
                problems.add(r.record() + ": evaluation failed: " + r.error());
                continue;
            }
            List<Finding> fs = r.result().findings();
            for (String q : QUESTIONS) {
                List<Finding> answers = fs.stream().filter(f -> f.ruleId().equals(q)).toList();
                if (answers.isEmpty()) {
                    problems.add(r.record() + ": no finding for " + q);
                }
                for (Finding f : answers) {
                    tally.computeIfAbsent(q, x -> new EnumMap<>(Outcome.class)).merge(f.outcome(), 1, Integer::sum);
                    if ((f.outcome() == Outcome.NEEDS_CONFIGURATION || f.outcome() == Outcome.INSUFFICIENT_FACTS)
                            && f.missing().isEmpty()) {
                        problems.add(r.record() + ": " + q + " " + f.outcome() + " does not name what is missing: " + f.reason());
                    }
                }
            }
            Map<String, Set<Outcome>> bySubjectAndQuestion = new LinkedHashMap<>();
            for (Finding f : fs) {
                bySubjectAndQuestion.computeIfAbsent(f.subject() + " | " + f.question(), x -> new LinkedHashSet<>()).add(f.outcome());
            }
            bySubjectAndQuestion.forEach((k, os) -> {
                if (os.size() > 1) {
                    problems.add(r.record() + ": conflicting answers " + os + " for " + k);
                }
            });
        }
        assertThat(evaluations).isEqualTo(inputs.size());
        System.out.println("[issue 9] CA law sweep: " + evaluations + " pay periods (" + (labels.size() / places.size())
                + " months x " + places.size() + " places); outcomes by question: " + tally);
        assertThat(problems).as("sweep problems (%d)", problems.size()).isEmpty();
    }

    @Test
    void pastAKnownUntilDateTheMinimumWageNeedsASuppliedFigureAndNamesIt() {
        Place la = new Place("los_angeles_city", "los_angeles", "los_angeles", null);
        Finding f = emplaw.evaluate(request(YearMonth.of(2026, 8), la, 1)).findings().stream()
                .filter(x -> x.ruleId().equals("ca.wage.minimum-wage.pay-period")).findFirst().orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_CONFIGURATION);
        assertThat(f.missing()).anySatisfy(m -> assertThat(m).contains("local_min_wage_hourly"));
        Finding sj = emplaw.evaluate(request(YearMonth.of(2026, 8), new Place("san_jose", null, "san_jose", null), 2)).findings()
                .stream().filter(x -> x.ruleId().equals("ca.wage.minimum-wage.pay-period")).findFirst().orElseThrow();
        assertThat(sj.outcome()).as(sj.reason()).isIn(Outcome.MET, Outcome.NOT_MET);
    }
}
