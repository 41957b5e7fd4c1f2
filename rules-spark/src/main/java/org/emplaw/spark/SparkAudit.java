package org.emplaw.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.emplaw.core.Emplaw;
import org.emplaw.core.facts.Position;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.audit.PayrollJoin;
import org.emplaw.examples.audit.RowSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit of the auditor harness ({@code emplaw audit}), run on Spark: employees, positions, time and
 * pay records in the harness's schemas in; findings, errors and per-file counts out, with exactly the
 * findings the in-process evaluator gives for the same rows.
 *
 * <pre>
 * SparkAudit.Inputs in = SparkAudit.Inputs.csv(spark, "hdfs:///audit/2025");     // or Inputs.parquet(...), or your DataFrames
 * try (SparkAudit.Result r = SparkAudit.run(spark, in, RunSpec.defaults())) {
 *     r.findings().write().parquet("hdfs:///audit/2025-findings");
 *     r.errors().write().option("header", "true").csv("hdfs:///audit/2025-errors");
 *     if (!r.reconciles()) { ... }
 * }
 * </pre>
 *
 * <p>How it runs: the rows of employees, time and pay are unioned into one dataset, repartitioned by
 * {@code employee_id} and sorted within partitions by employee, then source, then line, so an employee's
 * weeks and pay periods are always evaluated in one partition and in file order. Positions are few: they
 * are read on the driver (their errors counted there) and broadcast as plain rows. Only the
 * {@link RunSpec} (module ids, versions, hashes, the as-of date, options, overlays) is broadcast; each
 * executor JVM builds its evaluator once ({@link Evaluators}). Unlike the streaming in-process audit, the
 * input need not be sorted: Spark sorts it.
 */
public final class SparkAudit {
    private static final Logger LOG = LoggerFactory.getLogger(SparkAudit.class);

    private SparkAudit() {
    }

    /**
     * The four inputs as {@link InputRecords} (employees required; the others may be null), with the file
     * label of each, used in refs and counts.
     */
    public record Inputs(Dataset<Row> employees, String employeesLabel, Dataset<Row> positions, String positionsLabel,
                         Dataset<Row> time, String timeLabel, Dataset<Row> pay, String payLabel) {
        public Inputs {
            if (employees == null) {
                throw new RowSource.HeaderException("inputs", "employees", "the employees input is required");
            }
        }

        /**
         * {@code dir/employees.csv}, {@code positions.csv}, {@code time.csv} and {@code pay.csv} (all but employees
         * optional), read in parallel with at least {@code minPartitions} slices per file. {@code dir} is a Hadoop
         * path (local folder, {@code hdfs://}, {@code s3a://}); a local folder is checked for the files' presence.
         */
        public static Inputs csv(SparkSession spark, String dir, int minPartitions) {
            List<Dataset<Row>> d = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (InputSchema s : InputSchema.AUDIT) {
                String name = s.name() + ".csv";
                String path = dir.endsWith("/") ? dir + name : dir + "/" + name;
                boolean there = exists(spark, path);
                d.add(there ? InputRecords.csv(spark, path, name, s, minPartitions) : null);
                labels.add(there ? name : null);
            }
            return new Inputs(d.get(0), labels.get(0), d.get(1), labels.get(1), d.get(2), labels.get(2), d.get(3), labels.get(3));
        }

        /** {@code dir/employees.parquet} (a file or a folder of parts), {@code positions.parquet}, ... */
        public static Inputs parquet(SparkSession spark, String dir) {
            List<Dataset<Row>> d = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (InputSchema s : InputSchema.AUDIT) {
                String name = s.name() + ".parquet";
                String path = dir.endsWith("/") ? dir + name : dir + "/" + name;
                boolean there = exists(spark, path);
                d.add(there ? InputRecords.parquet(spark, path, name, s) : null);
                labels.add(there ? name : null);
            }
            return new Inputs(d.get(0), labels.get(0), d.get(1), labels.get(1), d.get(2), labels.get(2), d.get(3), labels.get(3));
        }

        /** DataFrames with the schemas' columns (any types; read as text); positions, time and pay may be null. */
        public static Inputs of(Dataset<Row> employees, Dataset<Row> positions, Dataset<Row> time, Dataset<Row> pay) {
            return new Inputs(InputRecords.of(employees, "employees", InputSchema.EMPLOYEES), "employees",
                    positions == null ? null : InputRecords.of(positions, "positions", InputSchema.POSITIONS), "positions",
                    time == null ? null : InputRecords.of(time, "time", InputSchema.TIME), "time",
                    pay == null ? null : InputRecords.of(pay, "pay", InputSchema.PAY), "pay");
        }

        private static boolean exists(SparkSession spark, String path) {
            try {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
                return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * What a run produced. The three DataFrames share one cached evaluation (computed once, on first use);
     * {@link #close()} releases it.
     */
    public static final class Result implements AutoCloseable {
        private final Dataset<Row> out;
        private final Dataset<Row> findings;
        private final Dataset<Row> errors;
        private final Dataset<Row> counts;
        private final RunSpec spec;

        Result(Dataset<Row> out, Dataset<Row> findings, Dataset<Row> errors, Dataset<Row> counts, RunSpec spec) {
            this.out = out;
            this.findings = findings;
            this.errors = errors;
            this.counts = counts;
            this.spec = spec;
        }

        /** One row per finding: columns of {@link OutputRows#FINDING}. */
        public Dataset<Row> findings() {
            return findings;
        }

        /** One row per rejected record: columns of {@link OutputRows#ERROR}. */
        public Dataset<Row> errors() {
            return errors;
        }

        /** Per file: read, evaluated (loaded, for positions), errors. */
        public Dataset<Row> counts() {
            return counts;
        }

        /** The run as resolved on the driver: module ids, versions and hashes. */
        public RunSpec spec() {
            return spec;
        }

        /** Per-file counts, collected to the driver. */
        public Map<String, long[]> countsByFile() {
            Map<String, long[]> m = new LinkedHashMap<>();
            for (Row r : counts.collectAsList()) {
                m.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
            }
            return m;
        }

        /** Whether every file's rows are accounted for: read = evaluated + errors. */
        public boolean reconciles() {
            return countsByFile().values().stream().allMatch(c -> c[0] == c[1] + c[2]);
        }

        @Override
        public void close() {
            out.unpersist();
        }
    }

    /** Resolves the modules on the driver (failing fast if one does not load) and runs the audit. */
    public static Result run(SparkSession spark, Inputs in, RunSpec requested) {
        return run(spark, in, requested, Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200")));
    }

    /** As {@link #run(SparkSession, Inputs, RunSpec)}, with {@code partitions} partitions of employees. */
    public static Result run(SparkSession spark, Inputs in, RunSpec requested, int partitions) {
        Emplaw driverSide = Evaluators.of(requested);
        List<RunSpec.Stamp> stamps = Evaluators.stamps(driverSide);
        RunSpec spec = requested.resolved(stamps.stream().map(RunSpec.Stamp::id).toList(), stamps);
        LOG.info("emplaw on Spark: modules {}, {} partitions", stamps, partitions);

        // positions: few; read on the driver once (their errors and counts belong to the driver), broadcast as plain rows
        List<PlainRead> positionRows = new ArrayList<>();
        List<Ledger.Error> positionErrors = new ArrayList<>();
        Ledger positionLedger = new Ledger(positionErrors::add);
        if (in.positions() != null) {
            positionLedger.file(in.positionsLabel());
            List<RowSource.Read> reads = new ArrayList<>();
            List<Row> rows = new ArrayList<>(in.positions().collectAsList());
            rows.sort(java.util.Comparator.comparingLong(r -> r.getLong(3)));   // file order, as the streaming audit reads them
            for (Row r : rows) {
                RowSource.Read read = InputRecords.read(r);
                reads.add(read);
                positionRows.add(PlainRead.of(read));
            }
            PayrollJoin.readPositions(RowSource.ofReads(in.positionsLabel(), InputSchema.POSITIONS, reads.iterator()),
                    new HashMap<>(), new HashMap<>(), positionLedger);
        }

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<RunSpec> specB = jsc.broadcast(spec);
        Broadcast<List<PlainRead>> positionsB = jsc.broadcast(positionRows);
        PartitionRun.Labels labels = new PartitionRun.Labels(in.employeesLabel(), in.time() == null ? null : in.timeLabel(),
                in.pay() == null ? null : in.payLabel());
        boolean javaTimeDates = Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));

        Dataset<Row> records = ranked(in.employees(), 0);
        if (in.time() != null) {
            records = records.unionByName(ranked(in.time(), 1));
        }
        if (in.pay() != null) {
            records = records.unionByName(ranked(in.pay(), 2));
        }
        Dataset<Row> keyed = records.repartition(partitions, col("employee_id"))
                .sortWithinPartitions(col("employee_id"), col("rank"), col("line"))
                .drop("rank");
        Dataset<Row> out = keyed.mapPartitions(new Evaluate(specB, positionsB, in.positionsLabel(), labels, javaTimeDates),
                Encoders.row(OutputRows.OUT)).persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> findings = out.where(col("kind").equalTo(OutputRows.KIND_FINDING)).select("finding.*");
        List<Row> driverErrors = new ArrayList<>();
        positionErrors.forEach(e -> driverErrors.add(OutputRows.error(e)));
        Dataset<Row> errors = out.where(col("kind").equalTo(OutputRows.KIND_ERROR)).select("error.*")
                .unionByName(spark.createDataFrame(driverErrors, OutputRows.ERROR));
        List<Row> driverCounts = new ArrayList<>();
        positionLedger.files().forEach((f, c) -> driverCounts.add(OutputRows.count(f, c)));
        Dataset<Row> counts = out.where(col("kind").equalTo(OutputRows.KIND_COUNT)).select("count.*")
                .unionByName(spark.createDataFrame(driverCounts, OutputRows.COUNT))
                .groupBy("file").agg(sum("read").cast("long").as("read"), sum("evaluated").cast("long").as("evaluated"),
                        sum("errors").cast("long").as("errors"))
                .orderBy("file");
        return new Result(out, findings, errors, counts, spec);
    }

    private static Dataset<Row> ranked(Dataset<Row> records, int rank) {
        return records.withColumn("rank", lit(rank));
    }

    /** A harness read as plain serializable values (positions are broadcast this way). */
    record PlainRead(String ref, String file, long line, Map<String, String> fields, String error) implements Serializable {
        private static final long serialVersionUID = 1L;

        static PlainRead of(RowSource.Read r) {
            return r.ok() ? new PlainRead(r.ref(), r.row().file(), r.row().line(), new HashMap<>(r.row().fields()), null)
                    : new PlainRead(r.ref(), null, 0, null, r.error());
        }

        RowSource.Read read() {
            return error != null ? new RowSource.Read(ref, null, error)
                    : new RowSource.Read(ref, new org.emplaw.examples.audit.InputRow(file, line, fields), null);
        }
    }

    /** The partition function: only the broadcasts and a few strings travel with it. */
    private static final class Evaluate implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<RunSpec> spec;
        private final Broadcast<List<PlainRead>> positions;
        private final String positionsLabel;
        private final PartitionRun.Labels labels;
        private final boolean javaTimeDates;

        Evaluate(Broadcast<RunSpec> spec, Broadcast<List<PlainRead>> positions, String positionsLabel, PartitionRun.Labels labels,
                 boolean javaTimeDates) {
            this.spec = spec;
            this.positions = positions;
            this.positionsLabel = positionsLabel == null ? "positions" : positionsLabel;
            this.labels = labels;
            this.javaTimeDates = javaTimeDates;
        }

        @Override
        public java.util.Iterator<Row> call(java.util.Iterator<Row> records) {
            RunSpec s = spec.value();
            Emplaw emplaw = Evaluators.of(s);
            Map<String, Position> pos = new HashMap<>();
            Map<String, String> posErrors = new HashMap<>();
            List<RowSource.Read> reads = positions.value().stream().map(PlainRead::read).toList();
            PayrollJoin.readPositions(RowSource.ofReads(positionsLabel, InputSchema.POSITIONS, reads.iterator()), pos,
                    posErrors, new Ledger(e -> { }));
            return new PartitionRun(records, emplaw, s, pos, posErrors, Evaluators.places(), labels, javaTimeDates);
        }
    }
}
