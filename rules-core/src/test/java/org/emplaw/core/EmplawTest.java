package org.emplaw.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.testmodule.TestModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmplawTest {
    static Emplaw emplaw;

    @BeforeAll
    static void load() {
        emplaw = Emplaw.builder().module(TestModule.load()).build();
    }

    @AfterAll
    static void close() {
        emplaw.close();
    }

    static Employee employee(String id, Integer headcount, String rate) {
        return new Employee(id, null, headcount, null, null, null, PayBasis.HOURLY,
                rate == null ? null : new BigDecimal(rate), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static EvaluationResult eval(LocalDate asOf, Employee e) {
        return emplaw.evaluate(EvaluationRequest.asOf(asOf).subject(e.subject()).fact(e).build());
    }

    static Finding finding(EvaluationResult r, String ruleId) {
        return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow(
                () -> new AssertionError("no finding " + ruleId + " in " + r.findings()));
    }

    @Test
    void aFiringRuleCarriesItsIdNameAndCitationIntoTheFinding() {
        Finding f = finding(eval(LocalDate.of(2020, 6, 1), employee("E1", 30, "10.00")), "test.minimum-rate");
        assertThat(f.ruleName()).isEqualTo("The hourly rate is at least the test minimum rate");
        assertThat(f.citations()).first().isEqualTo("Test Code 1");
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.parameters()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("test_min_rate_hourly");
            assertThat(p.effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(p.citation()).isEqualTo("Test Code 1(a)");
        });
    }

    @Test
    void theParameterInForceOnEachSideOfAnEffectiveDateIsUsed() {
        Finding before = finding(eval(LocalDate.of(2020, 12, 31), employee("E1", 30, "11.00")), "test.minimum-rate");
        Finding after = finding(eval(LocalDate.of(2021, 1, 1), employee("E1", 30, "11.00")), "test.minimum-rate");
        assertThat(before.outcome()).isEqualTo(Outcome.MET);
        assertThat(after.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(after.amount("shortfall_per_hour").value()).isEqualByComparingTo("1.00");
        assertThat(after.parameters().get(0).value()).isEqualTo("12.00");
    }

    @Test
    void aDateBeforeTheTableCoversGivesAnExplicitOutcomeNotAnException() {
        Finding f = finding(eval(LocalDate.of(2019, 12, 31), employee("E1", 30, "11.00")), "test.minimum-rate");
        assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_CONFIGURATION);
        assertThat(f.missing()).anySatisfy(m -> assertThat(m).contains("test_large_employer_min_headcount"));
        assertThat(f.reason()).contains("before the first date");
    }

    @Test
    void aDatePastWhatIsKnownNeedsASuppliedValue() {
        Finding f = finding(eval(LocalDate.of(2023, 1, 1), employee("E1", 30, "20.00")), "test.minimum-rate");
        assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_CONFIGURATION);
        assertThat(f.reason()).contains("known until 2022-12-31");
    }

    @Test
    void aValueBeyondItsVerifiedDateCarriesAStalenessWarning() {
        Finding f = finding(eval(LocalDate.of(2022, 3, 1), employee("E1", 30, "20.00")), "test.minimum-rate");
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(f.warnings()).anySatisfy(w -> assertThat(w).contains("last checked on 2021-06-30"));
    }

    @Test
    void aDerivedParameterIsComputedFromItsInputs() {
        Finding f = finding(eval(LocalDate.of(2021, 3, 1), employee("E1", 10, "10.00")), "test.weekly-floor");
        // small employer 2021: 11.00 x 40 = 440.00
        assertThat(f.amount("weekly_floor").value()).isEqualByComparingTo("440.00");
        assertThat(f.parameters()).extracting(p -> p.name())
                .containsExactly("test_weekly_floor", "test_min_rate_hourly", "test_hours_per_week");
        assertThat(f.parameters().get(0).status()).isEqualTo("derived");
    }

    @Test
    void aMissingFactGivesInsufficientFactsNamingIt() {
        Finding f = finding(eval(LocalDate.of(2020, 6, 1), employee("E1", 30, null)), "test.minimum-rate");
        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_FACTS);
        assertThat(f.missing()).containsExactly("hourly_rate");
    }

    @Test
    void aMissingQualifierForATieredValueGivesInsufficientFacts() {
        Finding f = finding(eval(LocalDate.of(2021, 6, 1), employee("E1", null, "12.00")), "test.minimum-rate");
        assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_FACTS);
        assertThat(f.reason()).contains("large / small");
    }

    @Test
    void anUnverifiedParameterIsNeverUsed() {
        Finding f = finding(eval(LocalDate.of(2020, 6, 1), employee("UNVERIFIED", 30, "12.00")), "test.unverified");
        assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_CONFIGURATION);
        assertThat(f.reason()).contains("unverified and must be supplied");
    }

    @Test
    void theTraceListsEveryRuleThatFiredWithItsCitationAndFacts() {
        EvaluationResult r = eval(LocalDate.of(2020, 6, 1), employee("E1", 30, "10.00"));
        assertThat(r.trace()).extracting(t -> t.ruleId()).containsExactlyInAnyOrder("test.minimum-rate", "test.weekly-floor");
        assertThat(r.trace()).allSatisfy(t -> {
            assertThat(t.citation()).startsWith("Test Code");
            assertThat(t.matchedFacts()).contains("Employee E1");
        });
    }

    @Test
    void identicalInputGivesAnIdenticalReceiptAndDifferentInputADifferentOne() {
        Receipt a = eval(LocalDate.of(2020, 6, 1), employee("E1", 30, "10.00")).receipt();
        Receipt b = eval(LocalDate.of(2020, 6, 1), employee("E1", 30, "10.00")).receipt();
        Receipt c = eval(LocalDate.of(2020, 6, 1), employee("E1", 30, "10.01")).receipt();
        assertThat(a).isEqualTo(b);
        assertThat(a.inputHash()).isNotEqualTo(c.inputHash());
        assertThat(a.modules()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("test-minimum-pay");
            assertThat(m.rulesHash()).hasSize(64);
        });
        assertThat(a.asOf()).isEqualTo(LocalDate.of(2020, 6, 1));
    }

    @Test
    void evaluationsNeverSeeEachOthersFacts() {
        EvaluationResult one = eval(LocalDate.of(2020, 6, 1), employee("E1", 30, "10.00"));
        EvaluationResult two = eval(LocalDate.of(2020, 6, 1), employee("E2", 30, "10.00"));
        assertThat(one.findings()).allSatisfy(f -> assertThat(f.subject()).isEqualTo("employee E1"));
        assertThat(two.findings()).allSatisfy(f -> assertThat(f.subject()).isEqualTo("employee E2"));
        assertThat(two.findings()).hasSize(2);
    }

    @Test
    void theEvaluationDateIsRequired() {
        assertThatThrownBy(() -> EvaluationRequest.asOf(null).build()).hasMessageContaining("as_of");
    }

    /** 100,000 seeded requests: the parallel chunked batch equals sequential evaluation exactly. */
    @Test
    void aParallelBatchOfOneHundredThousandMatchesSequentialResultsAndReportsTheBadRecord() {
        int n = 100_000;
        int bad = 4_321;
        Random rnd = new Random(20261121L);
        List<LocalDate> dates = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        List<String> rates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            dates.add(LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(900)));
            heads.add(rnd.nextInt(5) == 0 ? null : 1 + rnd.nextInt(60));
            rates.add(rnd.nextInt(10) == 0 ? null : BigDecimal.valueOf(900 + rnd.nextInt(500), 2).toPlainString());
        }
        Iterator<BatchInput> inputs = IntStream.range(0, n).mapToObj(i -> new BatchInput("row " + (i + 1), () -> {
            if (i == bad) {
                // deliberately bad record: a negative rate fails validation while the request is built
                return EvaluationRequest.asOf(dates.get(i)).fact(employee("E" + i, heads.get(i), "-1.00")).build();
            }
            Employee e = employee("E" + i, heads.get(i), rates.get(i));
            return EvaluationRequest.asOf(dates.get(i)).subject(e.subject()).fact(e).build();
        })).iterator();
        List<BatchResult> batch = new ArrayList<>(n);
        try (Emplaw parallel = Emplaw.builder().module(TestModule.load()).threads(4).chunkSize(250).build()) {
            parallel.evaluateAll(inputs).forEachRemaining(batch::add);
        }
        assertThat(batch).hasSize(n);
        for (int i = 0; i < n; i++) {
            BatchResult b = batch.get(i);
            assertThat(b.index()).isEqualTo(i);
            assertThat(b.record()).isEqualTo("row " + (i + 1));
            if (i == bad) {
                assertThat(b.ok()).isFalse();
                assertThat(b.error()).contains("row " + (bad + 1)).contains("hourly_rate").contains("negative");
                continue;
            }
            assertThat(b.ok()).as("record %d: %s", i, b.error()).isTrue();
            Employee e = employee("E" + i, heads.get(i), rates.get(i));
            EvaluationResult seq = eval(dates.get(i), e);
            assertThat(b.result().findings()).as("record %d", i).isEqualTo(seq.findings());
        }
        assertThat(batch.stream().filter(BatchResult::ok).count()).isEqualTo(n - 1);
    }
}
