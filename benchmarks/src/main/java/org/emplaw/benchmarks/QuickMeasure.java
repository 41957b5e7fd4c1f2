package org.emplaw.benchmarks;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.emplaw.core.BatchInput;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;

/**
 * A quick, non-JMH measurement for profiling sessions (run it under JFR): the California module's batch and single
 * throughput on the generated company, and the plain-Java limit on the same records, side by side in one JVM.
 *
 * <pre>java [-DbyEmployee=1 | -DpayRun=1] [-DperSession=N] [-Dthreads=N] -cp benchmarks/target/benchmarks.jar org.emplaw.benchmarks.QuickMeasure [employees] [rounds] [chunk] [batch|single|plain|all]</pre>
 *
 * Prints one line per round; the JMH benchmarks ({@link CaliforniaBenchmark}) give the reported figures.
 */
public final class QuickMeasure {
    private QuickMeasure() {
    }

    public static void main(String[] args) {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 256;
        String only = args.length > 3 ? args[3] : "all";
        try (Emplaw emplaw = Emplaw.builder().modules("us-ca-wage").chunkSize(chunk).requestsPerSession(Integer.getInteger("perSession", Emplaw.DEFAULT_REQUESTS_PER_SESSION)).threads(Integer.getInteger("threads", Runtime.getRuntime().availableProcessors())).build()) {
            List<EvaluationRequest> reqs = SampleFacts.company(emplaw.law(), employees, 42);
            if (System.getProperty("byEmployee") != null) {
                reqs = SampleFacts.byEmployee(reqs);
            } else if (System.getProperty("payRun") != null) {
                reqs = SampleFacts.byPayRun(reqs);
            }
            PlainJavaLimit limit = new PlainJavaLimit(emplaw.law());
            long weeks = 0;
            for (EvaluationRequest r : reqs) {
                weeks += r.facts().stream().filter(org.emplaw.core.facts.PayPeriod.class::isInstance).count() * SampleFacts.WEEKS_PER_PERIOD;
            }
            System.out.printf("%,d pay periods, %,d employee-weeks%n", reqs.size(), weeks);
            for (int r = 0; r < rounds; r++) {
                StringBuilder line = new StringBuilder("round " + r + ":");
                if (only.equals("all") || only.equals("batch")) {
                    long t0 = System.nanoTime();
                    long c0 = cpu();
                    long findings = batch(emplaw, reqs);
                    double s = (System.nanoTime() - t0) / 1e9;
                    double cpuUs = (cpu() - c0) / 1e3 / weeks;
                    line.append(String.format(" batch %,.0f weeks/s, %.2f cpu-us/week (%,d findings)", weeks / s, cpuUs, findings));
                }
                if (only.equals("all") || only.equals("single")) {
                    int n = Math.min(reqs.size(), 20_000);
                    com.sun.management.ThreadMXBean tmx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
                    long t0 = System.nanoTime();
                    long c0 = tmx.getCurrentThreadCpuTime();
                    // bytes allocated by this thread: unlike time, the same in every run and whatever the machine is doing
                    long b0 = tmx.getThreadAllocatedBytes(Thread.currentThread().getId());
                    long f = 0;
                    for (int i = 0; i < n; i++) {
                        f += emplaw.evaluate(reqs.get(i)).findings().size();
                    }
                    double us = (System.nanoTime() - t0) / 1e3 / n;
                    double cpuUs = (tmx.getCurrentThreadCpuTime() - c0) / 1e3 / n;
                    long bytes = (tmx.getThreadAllocatedBytes(Thread.currentThread().getId()) - b0) / n;
                    line.append(String.format(" single %.1f us/pay period, thread cpu %.1f us, %,d bytes allocated (%d)", us, cpuUs,
                            bytes, f));
                }
                if (only.equals("all") || only.equals("plain")) {
                    long t0 = System.nanoTime();
                    long c0 = cpu();
                    long sum = limit.parallel(reqs);
                    double s = (System.nanoTime() - t0) / 1e9;
                    double cpuUs = (cpu() - c0) / 1e3 / weeks;
                    line.append(String.format(" plain-java %,.0f weeks/s, %.3f cpu-us/week (%d)", weeks / s, cpuUs, sum));
                }
                System.out.println(line);
            }
        }
    }

    /** CPU time of the whole process, in ns: a figure the other tenants of a shared machine disturb less than wall time. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long batch(Emplaw emplaw, List<EvaluationRequest> reqs) {
        List<BatchInput> in = new ArrayList<>(reqs.size());
        for (int i = 0; i < reqs.size(); i++) {
            in.add(BatchInput.of("r" + i, reqs.get(i)));
        }
        Iterator<BatchResult> it = emplaw.evaluateAll(in.iterator());
        return CaliforniaBenchmark.countFindings(it);
    }
}
