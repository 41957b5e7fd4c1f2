package org.emplaw.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.emplaw.core.io.Json;
import org.emplaw.core.io.RecordMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Explanations written on first read ({@link Finding.Builder#reason(java.util.function.Supplier)},
 * {@link Amount#lazy}, raw fact values) are indistinguishable from eagerly written ones: same accessors, equality,
 * hash, JSON and plain form; written once and then kept; the same text from every thread.
 */
class LazyTextTest {
    private static Finding eager(long seed) {
        Random r = new Random(seed);
        BigDecimal hours = BigDecimal.valueOf(r.nextInt(1400), 2);
        BigDecimal rate = BigDecimal.valueOf(1500 + r.nextInt(1000), 2);
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365));
        return Finding.of("Q" + seed, "employee E" + seed).outcome(Outcome.NOT_MET)
                .reason(hours.toPlainString() + " h on " + day + " at " + rate.toPlainString())
                .amount(new Amount("owed", hours.multiply(rate), "USD", hours.toPlainString() + " x " + rate.toPlainString()))
                .fact("hours_worked", hours.toPlainString()).fact("day", day.toString()).fact("note", "(none)")
                .build();
    }

    private static Finding lazy(long seed, AtomicInteger writes) {
        Random r = new Random(seed);
        BigDecimal hours = BigDecimal.valueOf(r.nextInt(1400), 2);
        BigDecimal rate = BigDecimal.valueOf(1500 + r.nextInt(1000), 2);
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(365));
        return Finding.of("Q" + seed, "employee E" + seed).outcome(Outcome.NOT_MET)
                .reason(() -> {
                    writes.incrementAndGet();
                    return hours.toPlainString() + " h on " + day + " at " + rate.toPlainString();
                })
                .amount(Amount.lazy("owed", hours.multiply(rate), "USD", () -> hours.toPlainString() + " x " + rate.toPlainString()))
                .fact("hours_worked", hours).fact("day", day).fact("note", null)
                .build();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1_000_003})
    void aLazilyWrittenFindingEqualsAndSerialisesAsTheEagerOne(long seed) {
        Finding e = eager(seed);
        Finding l = lazy(seed, new AtomicInteger());
        assertThat(Json.write(l)).isEqualTo(Json.write(e));
        assertThat(RecordMapper.toPlain(l)).isEqualTo(RecordMapper.toPlain(e));
        assertThat(l).isEqualTo(e).hasSameHashCodeAs(e);
        assertThat(l.toString()).isEqualTo(e.toString());
        assertThat(l.facts()).containsExactlyEntriesOf(e.facts());
        assertThat(l.amount("owed").computation()).isEqualTo(e.amount("owed").computation());
    }

    @Test
    void theReasonIsWrittenOnlyWhenReadAndThenKept() {
        AtomicInteger writes = new AtomicInteger();
        Finding f = lazy(7, writes);
        assertThat(writes).hasValue(0);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.amount("owed").value()).isPositive();
        assertThat(writes).hasValue(0);
        String first = f.reason();
        assertThat(f.reason()).isSameAs(first);
        assertThat(writes).hasValue(1);
        // a finding derived from it (stamped by the engine, rebuilt) shares the text without writing it again
        Finding stamped = f.stampedBy("rule.id", "rule name", "Lab. Code 510");
        assertThat(stamped.reason()).isEqualTo(first);
        assertThat(f.toBuilder().build().reason()).isEqualTo(first);
        assertThat(writes).hasValue(1);
    }

    @Test
    void everyThreadReadsTheSameText() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            findings.add(lazy(i, new AtomicInteger()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> reads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    List<String> out = new ArrayList<>();
                    for (Finding f : findings) {
                        out.add(f.reason() + "|" + f.amount("owed").computation() + "|" + f.facts());
                    }
                    return out;
                }));
            }
            start.countDown();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                Finding e = eager(i);
                expected.add(e.reason() + "|" + e.amount("owed").computation() + "|" + e.facts());
            }
            for (Future<List<String>> r : reads) {
                assertThat(r.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void factsAreTurnedIntoTextAsBefore() {
        Finding f = Finding.of("q", "s").outcome(Outcome.MET)
                .fact("decimal", new BigDecimal("1E+3")).fact("none", null).fact("date", LocalDate.of(2024, 2, 29))
                .fact("flag", true).build();
        assertThat(f.facts()).containsExactly(
                java.util.Map.entry("decimal", "1000"), java.util.Map.entry("none", "(none)"),
                java.util.Map.entry("date", "2024-02-29"), java.util.Map.entry("flag", "true"));
    }
}
