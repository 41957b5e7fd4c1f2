package org.emplaw.ca.wage.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.cases.CaseFiles;
import org.emplaw.core.cases.TestCase;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.io.RecordMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request holding several pay periods of an employee gives each pay period the answer a request for that pay period
 * alone, made as of its last day, gives ({@link ExemptionOccasion}). Seeded generated employees claim the executive
 * exemption with a salary near the floor, across the 1 January rise of the floor, with deductions of either kind and
 * pay periods paid by the hour in some pay periods, some also claiming the commissioned exemption (decided for each
 * pay period); every pay-period finding (minimum wage, overtime, meal, rest) and
 * every pay period's exemption status must be the same both ways.
 */
class ExemptionOccasionTest {
    private static final List<String> PAY_PERIOD_RULES = List.of("ca.wage.minimum-wage.pay-period", "ca.wage.overtime.workweek",
            "ca.wage.meal-period.workday", "ca.wage.rest-period.workday");
    private static final String MISCLASSIFICATION = "ca.wage.exemption.misclassification";
    static Emplaw emplaw;
    /** Seeds whose pay periods got different statuses: the generator must make the test bite. */
    static final java.util.concurrent.atomic.AtomicInteger MIXED = new java.util.concurrent.atomic.AtomicInteger();
    /** The exemptions tested on occasions (the commissioned one is tested for each pay period). */
    static final Set<String> OCCASION_TESTED = Set.of("ca.wage.exemption.executive", "ca.wage.exemption.administrative",
            "ca.wage.exemption.professional", "ca.wage.exemption.computer-professional", "ca.wage.exemption.physician",
            "ca.wage.exemption.outside-sales");
    /** Every figure of law an exemption finding tested on occasions listed, in this test's evaluations. */
    static final Set<String> READ = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static void figuresRead(Finding f) {
        if (OCCASION_TESTED.contains(f.ruleId())) {
            collect(f);
        }
    }

    private static void collect(Finding f) {
        f.parameters().forEach(p -> READ.add(p.name()));
        f.parts().forEach(ExemptionOccasionTest::collect);
    }

    /**
     * Every figure the exemption tests read is in {@link ExemptionOccasion#FIGURES} (or an input of one derived by
     * formula), or two pay periods could be grouped across a change of it: read from every exemption case of the module
     * (with the option that tests unclaimed exemptions too) and from the generated years.
     */
    @Test
    void everyFigureAnExemptionTestReadsDecidesTheGroupsOfPayPeriods() throws Exception {
        for (String file : List.of("wo4-1A1-executive-exemption", "wo4-1A2-administrative-exemption", "wo4-1A3-professional-exemption",
                "lc-515_5-computer-professional", "lc-515_6-physician", "wo4-1C-outside-salesperson", "lc-515-exemption-status",
                "lc-515-salary-floor")) {
            String path = "org/emplaw/ca/wage/exemption/" + file + ".cases.yaml";
            String yaml;
            try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            for (TestCase c : CaseFiles.parse(yaml, path)) {
                if (!c.overlay().isEmpty()) {
                    continue;
                }
                List<Object> facts = new ArrayList<>();
                for (Object entry : c.facts()) {
                    Map.Entry<?, ?> e = ((Map<?, ?>) entry).entrySet().iterator().next();
                    facts.add(RecordMapper.read(e.getValue(), emplaw.factTypes().get(String.valueOf(e.getKey())), path));
                }
                Map<String, String> options = new java.util.HashMap<>(c.options());
                options.put("ca.exemptions.evaluate-all", "true");
                try {
                    emplaw.evaluate(EvaluationRequest.asOf(c.asOf()).subject(c.name()).facts(facts).options(options).build())
                            .findings().forEach(ExemptionOccasionTest::figuresRead);
                } catch (RuntimeException e) {
                    // a case about a missing figure or fact: the figures of the others are what this test needs
                }
            }
        }
        Set<String> allowed = new java.util.HashSet<>(ExemptionOccasion.FIGURES);
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(ExemptionOccasion.FIGURES);
        while (!todo.isEmpty()) {
            org.emplaw.core.law.Parameter p = emplaw.law().tables().get(todo.pop());
            if (p != null && p.derived()) {
                for (String in : p.formula().inputs()) {
                    if (allowed.add(in)) {
                        todo.add(in);
                    }
                }
            }
        }
        assertThat(READ).hasSizeGreaterThan(10);
        assertThat(allowed).containsAll(READ);
    }

    @BeforeAll
    static void load() {
        emplaw = Emplaw.builder().modules("us-ca-wage").build();
    }

    @AfterAll
    static void close() {
        emplaw.close();
        assertThat(MIXED.get()).as("seeds whose pay periods differ in exemption status").isGreaterThanOrEqualTo(6);
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 24).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRequestOfSeveralPayPeriodsGivesEachPayPeriodTheAnswerOfARequestForItAlone(int seed) {
        TestCase c = CaseFiles.parse(generated(new Random(seed), seed), "generated seed " + seed).get(0);
        List<Object> all = new ArrayList<>();
        for (Object entry : c.facts()) {
            Map.Entry<?, ?> e = ((Map<?, ?>) entry).entrySet().iterator().next();
            all.add(RecordMapper.read(e.getValue(), emplaw.factTypes().get(String.valueOf(e.getKey())), "generated " + e.getKey()));
        }
        List<Object> shared = new ArrayList<>();
        List<PayPeriod> periods = new ArrayList<>();
        for (Object f : all) {
            if (f instanceof PayPeriod p) {
                periods.add(p);
            } else {
                shared.add(f);
            }
        }
        EvaluationResult whole = emplaw.evaluate(EvaluationRequest.asOf(c.asOf()).subject("year").facts(all).build());
        whole.findings().forEach(ExemptionOccasionTest::figuresRead);
        Map<String, Finding> together = payPeriodFindings(whole);
        Map<String, Finding> alone = new TreeMap<>();
        java.util.Set<Outcome> statuses = java.util.EnumSet.noneOf(Outcome.class);
        for (PayPeriod p : periods) {
            List<Object> facts = new ArrayList<>(shared);
            facts.add(p);
            EvaluationResult one = emplaw.evaluate(EvaluationRequest.asOf(p.end()).subject("pay period").facts(facts).build());
            alone.putAll(payPeriodFindings(one));
            // the pay period's own status, alone (the employee as a whole) and together (its group's)
            Outcome aloneStatus = status(one, "employee G" + seed);
            Outcome togetherStatus = status(whole, "employee G" + seed, p.id());
            assertThat(togetherStatus).as("status of pay period " + p.id()).isEqualTo(aloneStatus);
            statuses.add(aloneStatus);
        }
        assertThat(together.keySet()).isEqualTo(alone.keySet());
        for (Map.Entry<String, Finding> x : alone.entrySet()) {
            assertThat(together.get(x.getKey())).as(x.getKey()).isEqualTo(x.getValue());
        }
        assertThat(periods).hasSizeGreaterThanOrEqualTo(4);
        // at least a minimum-wage and an overtime finding per pay period
        assertThat(together).hasSizeGreaterThanOrEqualTo(periods.size() * 2);
        if (statuses.size() > 1) {
            MIXED.incrementAndGet();
        }
    }

    private static Outcome status(EvaluationResult r, String subject) {
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(MISCLASSIFICATION) && f.subject().equals(subject)) {
                return f.outcome();
            }
        }
        return null;
    }

    /** The status of pay period {@code id} in a request of several: its own, its group's ("pay periods A, B"), or the employee's. */
    private static Outcome status(EvaluationResult r, String employee, String id) {
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(MISCLASSIFICATION) && (f.subject().equals(employee + " pay period " + id)
                    || f.subject().startsWith(employee + " pay periods ")
                    && List.of(f.subject().substring((employee + " pay periods ").length()).split(", ")).contains(id))) {
                return f.outcome();
            }
        }
        return status(r, employee);
    }

    private static Map<String, Finding> payPeriodFindings(EvaluationResult r) {
        Map<String, Finding> out = new TreeMap<>();
        for (Finding f : r.findings()) {
            if (PAY_PERIOD_RULES.contains(f.ruleId())) {
                assertThat(out.put(f.ruleId() + " | " + f.subject(), f)).as("one finding per subject").isNull();
            }
        }
        return out;
    }

    /**
     * One case: an executive with an annual salary within 3% of the 2024 floor (66,560; the 2023 floor is 64,480), and
     * four to eight weekly pay periods from early December 2023, some with a deduction (one that defeats the salary
     * basis, or one that does not), some paid by the hour, with eight to eleven hours a day.
     */
    private static String generated(Random rnd, int seed) {
        String id = "G" + seed;
        int salary = 64_000 + rnd.nextInt(3_200);
        StringBuilder y = new StringBuilder();
        y.append("modules: [us-ca-wage]\ncases:\n  - name: generated\n    source: generated\n    as_of: 2024-03-31\n    facts:\n");
        y.append("      - employee: {id: ").append(id).append(", work_location: {state: CA, county: sacramento, city: sacramento},")
                .append(" employer_headcount: 40, pay_basis: salary, salary: ").append(salary)
                .append(", salary_period: annual, classification: exempt, claimed_exemptions: [executive")
                // every fourth employee also claims the commissioned exemption, decided for each pay period
                .append(seed % 4 == 3 ? ", commissioned" : "").append("], position_id: M").append(id).append("}\n");
        y.append("      - position: {id: M").append(id).append(", duties: [{kind: management, share: 0.6}, {kind: non_exempt, share: 0.4}],")
                .append(" supervision: {full_time_equivalents_directed: 2, customarily_and_regularly: true, hire_fire_authority: true},")
                .append(" determinations: {management_duties: {holds: true, by: HR}, discretion_and_independent_judgment: {holds: true, by: HR}}}\n");
        LocalDate start = LocalDate.of(2023, 12, 3).plusWeeks(rnd.nextInt(3));
        int n = 4 + rnd.nextInt(5);
        String weekly = new java.math.BigDecimal(salary).divide(java.math.BigDecimal.valueOf(52), 2, java.math.RoundingMode.HALF_UP).toPlainString();
        for (int w = 0; w < n; w++) {
            LocalDate s = start.plusWeeks(w);
            y.append("      - pay_period: {id: W").append(w).append(", employee_id: ").append(id).append(", start: ").append(s)
                    .append(", end: ").append(s.plusDays(6)).append(", workweek_start: sunday, days: [");
            int hoursTotal = 0;
            for (int d = 1; d <= 5; d++) {
                int h = 8 + rnd.nextInt(4);
                hoursTotal += h;
                y.append(d == 1 ? "" : ", ").append("{date: ").append(s.plusDays(d)).append(", hours_worked: ").append(h).append("}");
            }
            y.append("], pay: [");
            int kind = rnd.nextInt(6);
            if (kind == 0) {
                y.append("{kind: straight_time, amount: ").append(hoursTotal * 30).append(".00, hours: ").append(hoursTotal).append(", rate: 30.00}]");
            } else {
                y.append("{kind: salary, amount: ").append(weekly).append("}]");
            }
            if (kind == 1) {
                y.append(", deductions: [{reason: partial_day_absence, amount: 100.00}]");
            } else if (kind == 2) {
                y.append(", deductions: [{reason: full_day_absence_personal, amount: 250.00}]");
            }
            y.append("}\n");
        }
        assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        // the case file format asks for an expectation; the test compares the two request shapes instead
        y.append("    expect: [{rule: ").append(MISCLASSIFICATION).append(", outcome: met}]\n");
        return y.toString();
    }
}
