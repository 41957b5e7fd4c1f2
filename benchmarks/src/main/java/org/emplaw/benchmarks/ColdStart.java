package org.emplaw.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;

/**
 * Cold start of one rule module, run in a fresh JVM per sample ({@code bench/run} does that):
 * from JVM start (the runtime MX bean's start time) to the first finding, with the KieBase built
 * from the module's build-time executable model, and the heap used after loading.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.emplaw.benchmarks.ColdStart us-ca-wage</pre>
 *
 * Prints one line: {@code module=<id> jvm_to_first_finding_ms=<n> load_ms=<n> first_eval_ms=<n> heap_mb=<n> findings=<n>}.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) {
        String module = args.length > 0 ? args[0] : "us-ca-wage";
        long t0 = System.nanoTime();
        try (Emplaw e = Emplaw.builder().modules(module).build()) {
            long t1 = System.nanoTime();
            EvaluationRequest request = SampleFacts.firstRequest(module);
            EvaluationResult r = e.evaluate(request);
            if (r.findings().isEmpty()) {
                throw new IllegalStateException("no finding for the cold-start request of " + module);
            }
            long t2 = System.nanoTime();
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long sinceJvmStart = System.currentTimeMillis() - jvmStart;
            System.gc();
            System.gc();
            long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            System.out.printf("module=%s jvm_to_first_finding_ms=%d load_ms=%d first_eval_ms=%d heap_mb=%d findings=%d%n",
                    module, sinceJvmStart, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, heap, r.findings().size());
        }
    }

    static List<String> modules() {
        return List.of("us-ca-wage", "us-ca-la-civil-service");
    }

    static LocalDate day() {
        return LocalDate.of(2025, 3, 31);
    }
}
