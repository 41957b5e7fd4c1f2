package org.emplaw.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.emplaw.core.engine.ModuleRuntime;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.testmodule.TestModule;
import org.junit.jupiter.api.Test;

/** One shared evaluator from many threads: no cross-talk, sessions always disposed. */
class ConcurrencyTest {
    static Employee employee(int i, Random rnd) {
        return new Employee("E" + i, null, rnd.nextInt(4) == 0 ? null : 1 + rnd.nextInt(60), null, null, null,
                PayBasis.HOURLY, rnd.nextInt(8) == 0 ? null : BigDecimal.valueOf(900 + rnd.nextInt(500), 2), null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void eightThreadsSharingOneEvaluatorGiveExactlyTheSequentialResults() throws Exception {
        int n = 100_000;
        Random rnd = new Random(42);
        List<EvaluationRequest> requests = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Employee e = employee(i, rnd);
            requests.add(EvaluationRequest.asOf(LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(1000)))
                    .subject(e.subject()).fact(e).build());
        }
        List<List<Finding>> sequential = new ArrayList<>(n);
        try (Emplaw one = Emplaw.builder().module(TestModule.load()).build()) {
            for (EvaluationRequest r : requests) {
                sequential.add(one.evaluate(r).findings());
            }
        }
        Emplaw shared = Emplaw.builder().module(TestModule.load()).build();
        ModuleRuntime rt = ModuleRuntime.of(shared.modules().get(0).module());
        int before = rt.kieBase().getKieSessions().size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Finding>>> futures = new ArrayList<>(n);
        for (EvaluationRequest r : requests) {
            futures.add(pool.submit(() -> shared.evaluate(r).findings()));
        }
        for (int i = 0; i < n; i++) {
            assertThat(futures.get(i).get()).as("request %d", i).isEqualTo(sequential.get(i));
        }
        pool.shutdown();
        int live = rt.kieBase().getKieSessions().size() - before;
        assertThat(live).as("pooled sessions are bounded").isLessThanOrEqualTo(2 * Runtime.getRuntime().availableProcessors());
        shared.close();
        assertThat(rt.kieBase().getKieSessions()).as("closing disposes every session").hasSize(before);
    }

    @Test
    void aFailingRuleFailsOnlyItsSubjectAndTheSessionIsDiscarded() {
        Random rnd = new Random(7);
        try (Emplaw e = Emplaw.builder().module(TestModule.load()).build()) {
            Employee bad = new Employee("THROW", null, 30, null, null, null, PayBasis.HOURLY, new BigDecimal("10.00"),
                    null, null, null, null, null, null, null, null, null, null, null, null);
            assertThatThrownBy(() -> e.evaluate(EvaluationRequest.asOf(LocalDate.of(2020, 6, 1)).subject("employee THROW")
                    .fact(bad).build())).isInstanceOf(EvaluationException.class)
                    .hasMessageContaining("employee THROW").hasMessageContaining("rule function defect");
            Employee good = employee(1, rnd);
            assertThat(e.evaluate(EvaluationRequest.asOf(LocalDate.of(2020, 6, 1)).subject(good.subject()).fact(good)
                    .build()).findings()).isNotEmpty().allSatisfy(f -> assertThat(f.subject()).isEqualTo(good.subject()));
            List<BatchResult> batch = e.evaluateAll(java.util.stream.Stream.of(
                    EvaluationRequest.asOf(LocalDate.of(2020, 6, 1)).subject("a").fact(employee(2, rnd)).build(),
                    EvaluationRequest.asOf(LocalDate.of(2020, 6, 1)).subject("employee THROW").fact(bad).build(),
                    EvaluationRequest.asOf(LocalDate.of(2020, 6, 1)).subject("c").fact(employee(3, rnd)).build())).toList();
            assertThat(batch).extracting(BatchResult::ok).containsExactly(true, false, true);
            assertThat(batch.get(1).error()).contains("request #2").contains("rule function defect");
        }
    }

    @Test
    void batchThreadsEndWhenTheEvaluatorIsClosed() throws InterruptedException {
        Emplaw e = Emplaw.builder().module(TestModule.load()).threads(3).build();
        Random rnd = new Random(3);
        List<EvaluationRequest> rs = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rs.add(EvaluationRequest.asOf(LocalDate.of(2021, 2, 1)).subject("s" + i).fact(employee(i, rnd)).build());
        }
        assertThat(e.evaluateAll(rs.stream()).filter(BatchResult::ok).count()).isEqualTo(5_000);
        e.close();
        Thread.sleep(200);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("emplaw-batch") && t.isAlive());
    }
}
