package org.emplaw.spark.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.emplaw.core.BatchInput;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Finding;
import org.emplaw.examples.audit.AuditRun;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.audit.PayrollJoin;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.audit.RowSource;
import org.emplaw.examples.sample.CompanyGenerator;
import org.emplaw.spark.OutputRows;
import org.emplaw.spark.RunSpec;
import org.emplaw.spark.SparkAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Input records per second: the same synthetic company audited (1) in process by the harness
 * ({@code AuditRun}: join, {@code evaluateAll}, findings.csv/jsonl, report), (2) in process by the join and
 * {@code evaluateAll} alone, turning every finding into the same output row the Spark job makes (receipt
 * and JSON included), and (3) on Spark {@code local[2]} ({@link SparkAudit}: CSV read in slices, shuffle by
 * employee, evaluation, findings cached). Not a unit test: a main class (see BENCHMARKS.md for how to run it).
 *
 * <p>Arguments: employees (default 300), measured rounds after one warm-up round (default 3), Spark
 * partitions (default 4).
 */
public final class SparkVsInProcessBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(SparkVsInProcessBenchmark.class);

    private SparkVsInProcessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path dir = Files.createTempDirectory("emplaw-spark-bench");
        SparkSession spark = SparkSession.builder().appName("emplaw-bench").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").getOrCreate();
        try (Emplaw emplaw = Emplaw.builder().discoverModules().threads(2).build()) {
            Path data = dir.resolve("company");
            CompanyGenerator.Counts counts = new CompanyGenerator(emplaw.law(), CompanyGenerator.Rates.standard())
                    .generate(employees, 42L, data);
            long records = counts.employees() + counts.workdays() + counts.payRows() + lines(data.resolve("positions.csv"));
            LOG.info("company: {} employees, {} pay periods, {} workdays, {} pay rows: {} input records; {} cores; load {}",
                    counts.employees(), counts.payPeriods(), counts.workdays(), counts.payRows(), records,
                    Runtime.getRuntime().availableProcessors(), load());
            for (int round = 0; round <= rounds; round++) {
                String tag = round == 0 ? "warm-up" : "round " + round;
                long t0 = System.nanoTime();
                AuditRun.Result a = AuditRun.run(emplaw, new AuditRun.Config(data, dir.resolve("out-" + round), null, Map.of(),
                        Places.bundled(), false, 20, "bench"), new PrintStream(java.io.OutputStream.nullOutputStream()));
                double harness = seconds(t0);
                t0 = System.nanoTime();
                long rows = joinAndEvaluate(emplaw, data);
                double batch = seconds(t0);
                t0 = System.nanoTime();
                long sparkRows;
                try (SparkAudit.Result r = SparkAudit.run(spark, SparkAudit.Inputs.csv(spark, data.toString(), 2),
                        RunSpec.defaults().withTuning(2, 256), partitions)) {
                    sparkRows = r.findings().count();
                    if (!r.reconciles()) {
                        throw new IllegalStateException("spark counts do not reconcile");
                    }
                }
                double sparkSeconds = seconds(t0);
                if (rows != sparkRows || a.totals().findings != rows) {
                    throw new IllegalStateException("finding counts differ: harness " + a.totals().findings + ", batch " + rows
                            + ", spark " + sparkRows);
                }
                LOG.info(String.format("%-8s harness %6.1f s %,9.0f rec/s | batch API %6.1f s %,9.0f rec/s | spark local[2] %6.1f s "
                                + "%,9.0f rec/s | %,d findings | load %s", tag, harness, records / harness, batch, records / batch,
                        sparkSeconds, records / sparkSeconds, rows, load()));
            }
        } finally {
            spark.stop();
        }
    }

    /** The join and the batch API, every finding turned into the Spark job's output row; returns the finding count. */
    static long joinAndEvaluate(Emplaw emplaw, Path data) {
        Ledger ledger = new Ledger(e -> { });
        try (RowSource employees = RowSource.open(data, InputSchema.EMPLOYEES);
             RowSource positions = RowSource.open(data, InputSchema.POSITIONS);
             RowSource time = RowSource.open(data, InputSchema.TIME);
             RowSource pay = RowSource.open(data, InputSchema.PAY)) {
            Map<String, Position> pos = new HashMap<>();
            Map<String, String> posErrors = new HashMap<>();
            PayrollJoin.readPositions(positions, pos, posErrors, ledger);
            PayrollJoin join = new PayrollJoin(employees, time, pay, pos, posErrors, Places.bundled(), null, Map.of(), ledger);
            Deque<PayrollJoin.Unit> inFlight = new ArrayDeque<>();
            Iterator<BatchInput> in = join.inputs(inFlight::add);
            long n = 0;
            List<Object> sink = new ArrayList<>(1);
            for (Iterator<BatchResult> it = emplaw.evaluateAll(in); it.hasNext(); ) {
                BatchResult b = it.next();
                PayrollJoin.Unit u = inFlight.poll();
                if (b.ok()) {
                    for (Finding f : b.result().findings()) {
                        sink.clear();
                        sink.add(OutputRows.finding(u.firstRef(), u.employeeId(), u.periodId(), b.result(), f, false));
                        n++;
                    }
                }
            }
            return n;
        }
    }

    private static long lines(Path f) throws java.io.IOException {
        try (var s = Files.lines(f)) {
            return s.count() - 1;
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String load() {
        return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
