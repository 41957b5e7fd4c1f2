package org.emplaw.spark;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.transform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.emplaw.core.io.InputException;
import org.emplaw.core.law.ParameterTableException;
import org.emplaw.core.module.ModuleLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code spark-submit} job: audits a folder of harness inputs (CSV or Parquet) on the cluster and
 * writes {@code findings} (Parquet, JSON or CSV), {@code errors} and {@code counts} (CSV) under
 * {@code --out}. Exit codes as the {@code emplaw} tool: 0 done; 1 unexpected failure; 2 usage error; 3 some
 * input records rejected (see errors) or an input unreadable; 5 a rule module or parameter table could not
 * be loaded. The summary (per-file counts, whether they reconcile) is logged.
 */
@Command(name = "emplaw-spark", mixinStandardHelpOptions = true, version = "emplaw-spark",
        description = "Audits payroll inputs (the emplaw audit's employees, positions, time and pay) on Apache Spark.")
public final class SparkAuditJob implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SparkAuditJob.class);

    @Option(names = "--data", paramLabel = "DIR", description = "Folder (any Hadoop path) with employees.csv, positions.csv, time.csv, pay.csv.")
    String data;

    @Option(names = "--parquet", paramLabel = "DIR", description = "Folder with employees.parquet, positions.parquet, time.parquet, pay.parquet (harness columns, optional _line).")
    String parquet;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where findings/, errors/ and counts/ are written (replaced).")
    String out;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "Findings format: parquet (default), json or csv (lists joined with '; ').")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate employees without pay rows as of this date (else they are errors).")
    LocalDate asOf;

    @Option(names = "--module", paramLabel = "ID", description = "A rule module to run (default: every module in the job's jars). Repeatable.")
    List<String> modules = new ArrayList<>();

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "A documented interpretive option of a module. Repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--overlay", paramLabel = "FILE", description = "Parameter values to supply (parameter-table YAML, read on the driver). Repeatable.")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of employees (default: spark.sql.shuffle.partitions).")
    int partitions;

    @Option(names = "--min-splits", defaultValue = "2", paramLabel = "N", description = "Minimum slices per CSV file (default 2).")
    int minSplits;

    @Option(names = "--threads", paramLabel = "N", description = "Evaluation threads per executor JVM (default: its processors).")
    int threads;

    @Option(names = "--chunk-size", defaultValue = "256", paramLabel = "N", description = "Evaluations per session chunk (default 256).")
    int chunkSize;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (e.g. local[2]).")
    String master;

    @Option(names = "--requests", defaultValue = "employee", paramLabel = "SHAPE",
            description = "employee (default): one evaluation per employee holding all its pay periods; pay_period: one per pay period; "
                    + "as emplaw audit --requests.")
    String requests;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job; returns the exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new SparkAuditJob());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ModuleLoadException || e instanceof ParameterTableException) {
                LOG.error("a rule module or parameter table could not be loaded: {}", e.getMessage());
                return 5;
            }
            if (e instanceof InputException) {
                LOG.error("input unreadable: {}", e.getMessage());
                return 3;
            }
            LOG.error("the audit failed", e);
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if ((data == null) == (parquet == null)) {
            LOG.error("give exactly one of --data (CSV) and --parquet");
            return 2;
        }
        if (!List.of("parquet", "json", "csv").contains(format)) {
            LOG.error("--format is parquet, json or csv, not '{}'", format);
            return 2;
        }
        if (!List.of("pay_period", "employee").contains(requests)) {
            LOG.error("--requests is pay_period or employee, not '{}'", requests);
            return 2;
        }
        RunSpec spec = RunSpec.defaults().withTuning(threads, chunkSize).withAsOf(asOf)
                .withRequestsPerEmployee(requests.equals("employee"));
        if (!modules.isEmpty()) {
            spec = spec.withModules(modules.toArray(String[]::new));
        }
        for (Map.Entry<String, String> o : options.entrySet()) {
            spec = spec.withOption(o.getKey(), o.getValue());
        }
        for (Path o : overlays) {
            spec = spec.withOverlay(Files.readString(o, StandardCharsets.UTF_8), o.toString());
        }
        SparkSession.Builder b = SparkSession.builder().appName("emplaw audit");
        if (master != null) {
            b.master(master);
        }
        SparkSession spark = b.getOrCreate();
        SparkAudit.Inputs in = data != null ? SparkAudit.Inputs.csv(spark, data, minSplits) : SparkAudit.Inputs.parquet(spark, parquet);
        try (SparkAudit.Result r = partitions > 0 ? SparkAudit.run(spark, in, spec, partitions) : SparkAudit.run(spark, in, spec)) {
            write(r.findings(), format, out + "/findings");
            r.errors().coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(out + "/errors");
            r.counts().coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(out + "/counts");
            Map<String, long[]> counts = r.countsByFile();
            boolean reconciles = true;
            long errors = 0;
            for (Map.Entry<String, long[]> c : counts.entrySet()) {
                long[] v = c.getValue();
                boolean ok = v[0] == v[1] + v[2];
                reconciles &= ok;
                errors += v[2];
                LOG.info(String.format("  %-16s %,10d read = %,10d %s + %,6d errors%s", c.getKey(), v[0], v[1],
                        c.getKey().startsWith("positions") ? "loaded   " : "evaluated", v[2], ok ? "" : "   DOES NOT RECONCILE"));
            }
            LOG.info("findings, errors and counts written to {} (modules {})", out, r.spec().modules());
            if (!reconciles) {
                LOG.error("the counts do not reconcile: some rows are unaccounted for");
                return 1;
            }
            return errors > 0 ? 3 : 0;
        }
    }

    /** Writes findings; CSV cannot hold lists, so there they are joined with "; " (amounts as name=value unit). */
    static void write(Dataset<Row> findings, String format, String path) {
        switch (format) {
            case "parquet" -> findings.write().mode(SaveMode.Overwrite).parquet(path);
            case "json" -> findings.write().mode(SaveMode.Overwrite).json(path);
            case "csv" -> {
                List<Column> cols = new ArrayList<>();
                for (String f : findings.columns()) {
                    switch (f) {
                        case "amounts" -> cols.add(array_join(transform(col(f), a -> concat_ws("", a.getField("name"),
                                org.apache.spark.sql.functions.lit("="), a.getField("value"), org.apache.spark.sql.functions.lit(" "),
                                a.getField("unit"))), "; ").as(f));
                        case "modules" -> cols.add(array_join(transform(col(f), m -> concat_ws("@", m.getField("id"),
                                m.getField("version"), m.getField("rules_hash"))), "; ").as(f));
                        case "citations", "parameters", "missing", "choices", "warnings" -> cols.add(array_join(col(f), "; ").as(f));
                        default -> cols.add(col(f));
                    }
                }
                findings.select(cols.toArray(Column[]::new)).write().mode(SaveMode.Overwrite).option("header", "true")
                        .option("escape", "\"").csv(path);
            }
            default -> throw new IllegalArgumentException("--format is parquet, json or csv, not '" + format + "'");
        }
    }
}
