package org.emplaw.la.civilservice.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.CertificationRequest;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ExamPart;
import org.emplaw.core.facts.ExamType;
import org.emplaw.la.civilservice.LaCivilServiceModule;

/**
 * Benchmark (not a test): scores, ranks and certifies one open competitive exam of 1k, 10k and 100k candidates
 * (two weighted tests, seeded scores, rounding mode set) in one evaluation, after warm-up, and prints the median of
 * seven runs. Run: {@code java -cp <test classpath> org.emplaw.la.civilservice.bench.ExamBenchmark}.
 */
public final class ExamBenchmark {
    private ExamBenchmark() {
    }

    static EvaluationRequest request(int n, long seed) {
        Random r = new Random(seed);
        Exam exam = new Exam("B1", "1429", "IT Specialist", ExamType.OPEN_COMPETITIVE, null,
                List.of(new ExamPart("written", "Written test", new BigDecimal("40"), false, null, false, null),
                        new ExamPart("interview", "Interview", new BigDecimal("60"), false, null, false, null)),
                LocalDate.of(2025, 3, 31), null, null, Map.of("rounding_mode", "half_up"));
        EvaluationRequest.Builder b = EvaluationRequest.asOf(LocalDate.of(2025, 6, 30)).subject("exam B1").fact(exam)
                .fact(new CertificationRequest("R", "B1", null, null, LocalDate.of(2025, 6, 30)));
        for (int i = 0; i < n; i++) {
            BigDecimal w = BigDecimal.valueOf(40 + r.nextInt(121), 1).add(BigDecimal.valueOf(40)).min(BigDecimal.valueOf(100));
            BigDecimal v = BigDecimal.valueOf(50 + r.nextInt(51));
            b.fact(new Candidate("C" + i, "B1", null, Map.of("written", w, "interview", v), LocalDate.of(2025, 3, 1), null,
                    null, null, null, null, null, null));
        }
        return b.build();
    }

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {1_000, 10_000, 100_000};
        try (Emplaw emplaw = Emplaw.builder().threads(1).modulesList(List.of(new LaCivilServiceModule())).build()) {
            EvaluationRequest warm = request(10_000, 1);
            for (int i = 0; i < 10; i++) {
                emplaw.evaluate(warm);
            }
            for (int n : sizes) {
                EvaluationRequest req = request(n, 42);
                List<Long> ms = new ArrayList<>();
                int findings = 0;
                for (int i = 0; i < 7; i++) {
                    long t0 = System.nanoTime();
                    EvaluationResult res = emplaw.evaluate(req);
                    ms.add((System.nanoTime() - t0) / 1_000_000);
                    findings = res.findings().size();
                }
                ms.sort(null);
                System.out.printf("%,d candidates: median %d ms (min %d, max %d), %,d findings%n", n, ms.get(3), ms.get(0), ms.get(6), findings);
            }
        }
    }
}
