package org.emplaw.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.emplaw.core.Emplaw;
import org.emplaw.core.Receipt;
import org.emplaw.core.io.Json;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.sample.SampleData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled synthetic company, audited on Spark (local[2]), gives exactly what the in-process audit
 * gives: the same finding rows (compared as the audit's own findings.jsonl lines, which carry every field
 * of every finding), the same receipts (module rule hashes, input and findings hashes), the same errors
 * and the same reconciled counts, also when rows are malformed.
 */
class SparkAuditTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Emplaw inProcess;
    static Path sample;
    /** The in-process audit of the whole sample, with batch-API receipts for the first employees. */
    static Reference reference;
    static List<Row> sparkFindings;
    static long sparkErrors;
    static Map<String, long[]> sparkCounts;
    static boolean sparkReconciles;
    static RunSpec sparkSpec;

    static final Predicate<String> FIRST_EMPLOYEES = id -> id.compareTo("E0000030") <= 0;

    @BeforeAll
    static void auditTheSampleBothWays() throws IOException {
        spark = TestSpark.session();
        inProcess = Emplaw.builder().discoverModules().build();
        sample = SampleData.payroll(dir.resolve("sample"));
        reference = Reference.of(inProcess, sample, dir.resolve("ref"), FIRST_EMPLOYEES);
        try (SparkAudit.Result r = SparkAudit.run(spark, SparkAudit.Inputs.csv(spark, sample.toString(), 2), RunSpec.defaults())) {
            sparkFindings = r.findings().collectAsList();
            sparkErrors = r.errors().count();
            sparkCounts = r.countsByFile();
            sparkReconciles = r.reconciles();
            sparkSpec = r.spec();
        }
    }

    @AfterAll
    static void tearDown() {
        inProcess.close();
        sparkFindings = null;
    }

    @Test
    void the_sample_company_on_spark_gives_the_same_finding_rows_as_the_in_process_audit() {
        assertThat(reference.findingLines).hasSizeGreaterThan(3900);
        assertThat(sorted(findingLines(sparkFindings))).isEqualTo(sorted(reference.findingLines));
    }

    @Test
    void every_finding_carries_the_receipt_the_batch_api_gives_for_its_evaluation() {
        List<Row> checked = sparkFindings.stream().filter(r -> FIRST_EMPLOYEES.test(r.getAs("employee_id"))).toList();
        assertThat(checked).hasSizeGreaterThan(100);
        assertSameReceipts(checked, reference);
        List<Receipt.ModuleStamp> loaded = inProcess.modules().stream()
                .map(m -> new Receipt.ModuleStamp(m.id(), m.version(), m.contentHash())).toList();
        assertThat(sparkSpec.modules()).extracting(RunSpec.Stamp::rulesHash)
                .containsExactlyElementsOf(loaded.stream().map(Receipt.ModuleStamp::rulesHash).toList());
        assertThat(sparkFindings).allSatisfy(row -> assertThat(stamps(row)).isNotEmpty().isSubsetOf(loaded));
    }

    @Test
    void every_sample_row_is_evaluated_and_the_counts_are_the_in_process_counts() {
        assertThat(sparkErrors).isZero();
        assertThat(sparkCounts).usingRecursiveComparison().isEqualTo(reference.counts);
        assertThat(sparkCounts.get("pay.csv")[0]).isEqualTo(3900);
        assertThat(sparkReconciles).isTrue();
    }

    @Test
    void malformed_rows_become_error_rows_and_every_row_is_accounted_for() throws IOException {
        Path bad = badSample("bad");
        Reference ref = Reference.of(inProcess, bad, dir.resolve("bad-ref"), id -> false);
        try (SparkAudit.Result r = SparkAudit.run(spark, SparkAudit.Inputs.csv(spark, bad.toString(), 3), RunSpec.defaults())) {
            assertSameAudit(r, ref);
        }
    }

    @Test
    void with_an_employees_pay_periods_in_one_evaluation_spark_gives_the_rows_of_the_in_process_audit_that_does_the_same()
            throws IOException {
        Path bad = badSample("bad-by-employee");
        Reference ref = Reference.of(inProcess, bad, dir.resolve("bad-by-employee-ref"), id -> false, true);
        // an employee's findings come once per employee, not once per pay period
        assertThat(ref.findingLines.stream().filter(l -> l.contains("\"ca.wage.obligation.bereavement-leave\"")).count())
                .isBetween(1L, 9L);
        try (SparkAudit.Result r = SparkAudit.run(spark, SparkAudit.Inputs.csv(spark, bad.toString(), 3),
                RunSpec.defaults().withRequestsPerEmployee(true))) {
            assertSameAudit(r, ref);
        }
    }

    /** The first eight employees of the sample, with malformed rows of every kind planted. */
    private static Path badSample(String name) throws IOException {
        Path bad = firstEmployees(SampleData.payroll(dir.resolve(name)), "E0000008");
        // an employee whose city is unknown (so it is not evaluated), in employee order
        insertAfter(bad.resolve("employees.csv"), l -> l.startsWith("E0000004,"),
                "E0000004A,CA,los_angeles,Atlantis,150,2020-03-02,hourly,20.00,,,non_exempt,,HOURLY");
        // a pay row with too few cells, and a pay line whose amount is not a number (its whole pay period fails)
        insertAfter(bad.resolve("pay.csv"), l -> l.startsWith("E0000003,"), "E0000003,PP2025-01,2025-01-05");
        String e5 = firstLine(bad.resolve("pay.csv"), l -> l.startsWith("E0000005,"));
        String[] c = e5.split(",", -1);
        c[6] = "bonus_flat_sum";
        c[7] = "one hundred";
        insertAfter(bad.resolve("pay.csv"), l -> l.equals(e5), String.join(",", c));
        // a workday with an impossible date, and a workday of an employee who does not exist
        insertAfter(bad.resolve("time.csv"), l -> l.startsWith("E0000002,"), "E0000002,2025-13-45,8,,,,");
        String lastOf3 = lastLine(bad.resolve("time.csv"), l -> l.startsWith("E0000003,"));
        insertAfter(bad.resolve("time.csv"), l -> l.equals(lastOf3), "E0000003X,2025-01-06,8,,,,");
        return bad;
    }

    private static void assertSameAudit(SparkAudit.Result r, Reference ref) {
        List<List<String>> errors = new ArrayList<>();
        for (Row e : r.errors().collectAsList()) {
            errors.add(List.of(e.getString(0), e.getString(1), Long.toString(e.getLong(2)), e.getString(3)));
        }
        assertThat(ref.errors).hasSizeGreaterThanOrEqualTo(5);
        assertThat(errors).containsExactlyInAnyOrderElementsOf(ref.errors);
        assertThat(errors).anySatisfy(e -> assertThat(e.get(3)).contains("has 3 cells but the header has"));
        assertThat(errors).anySatisfy(e -> assertThat(e.get(3)).contains("no employee 'E0000003X'"));
        assertThat(errors).anySatisfy(e -> assertThat(e.get(3)).containsIgnoringCase("Atlantis"));
        assertThat(errors).anySatisfy(e -> assertThat(e.get(3)).contains("'one hundred' is not a decimal number"));
        assertThat(r.countsByFile()).usingRecursiveComparison().isEqualTo(ref.counts);
        assertThat(r.reconciles()).isTrue();
        assertThat(r.countsByFile().get("pay.csv")[2]).isPositive();
        assertThat(r.countsByFile().get("employees.csv")[2]).isPositive();
        assertThat(findingLines(r.findings().collectAsList())).isNotEmpty().containsExactlyInAnyOrderElementsOf(ref.findingLines);
    }

    @Test
    void the_same_rows_as_parquet_dataframes_give_the_same_findings() {
        Path parquet = dir.resolve("parquet");
        SparkAudit.Inputs csv = SparkAudit.Inputs.csv(spark, sample.toString(), 2);
        Map<String, Dataset<Row>> records = Map.of("employees", csv.employees(), "positions", csv.positions(),
                "time", csv.time(), "pay", csv.pay());
        Map<String, Dataset<Row>> frames = new LinkedHashMap<>();
        for (InputSchema s : InputSchema.AUDIT) {
            Dataset<Row> rs = records.get(s.name());
            if (!s.name().equals("positions")) {
                rs = rs.where(rs.col("employee_id").leq("E0000010"));   // a part of the company: its findings do not depend on the rest
            }
            List<Column> cols = new ArrayList<>();
            for (String col : s.columns().keySet()) {
                cols.add(rs.col("fields").getItem(col).as(col));
            }
            cols.add(rs.col("line").as(InputRecords.LINE_COLUMN));   // keep each row's line, so refs name the same record
            String out = parquet.resolve(s.name() + ".parquet").toString();
            rs.select(cols.toArray(Column[]::new)).write().parquet(out);
            frames.put(s.name(), spark.read().parquet(out));
        }
        // the CSV file labels, so every ref (and every fact recorded from a row) names the same record as the CSV audit
        SparkAudit.Inputs in = new SparkAudit.Inputs(
                InputRecords.of(frames.get("employees"), "employees.csv", InputSchema.EMPLOYEES), "employees.csv",
                InputRecords.of(frames.get("positions"), "positions.csv", InputSchema.POSITIONS), "positions.csv",
                InputRecords.of(frames.get("time"), "time.csv", InputSchema.TIME), "time.csv",
                InputRecords.of(frames.get("pay"), "pay.csv", InputSchema.PAY), "pay.csv");
        List<String> expected = reference.findingLines.stream()
                .filter(l -> l.contains("\"employee_id\":\"E00000") && employeeOf(l).compareTo("E0000010") <= 0).toList();
        try (SparkAudit.Result r = SparkAudit.run(spark, in, RunSpec.defaults())) {
            assertThat(expected).hasSizeGreaterThan(500);
            assertThat(sorted(findingLines(r.findings().collectAsList()))).isEqualTo(sorted(expected));
            assertThat(r.errors().count()).isZero();
            assertThat(r.reconciles()).isTrue();
        }
    }

    /** The lines in a fixed order (comparing 40,000 lines as a multiset with AssertJ is quadratic). */
    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private static String employeeOf(String line) {
        int i = line.indexOf("\"employee_id\":\"") + 15;
        return line.substring(i, line.indexOf('"', i));
    }

    /** Keeps the employees up to {@code lastId} (and their time and pay rows): a small company for error tests. */
    private static Path firstEmployees(Path data, String lastId) throws IOException {
        for (String f : List.of("employees.csv", "time.csv", "pay.csv")) {
            List<String> ls = Files.readAllLines(data.resolve(f), StandardCharsets.UTF_8);
            List<String> kept = new ArrayList<>();
            kept.add(ls.get(0));
            ls.subList(1, ls.size()).stream().filter(l -> l.substring(0, l.indexOf(',')).compareTo(lastId) <= 0).forEach(kept::add);
            Files.write(data.resolve(f), kept, StandardCharsets.UTF_8);
        }
        return data;
    }

    /** A Spark finding row as the in-process audit writes it to findings.jsonl. */
    static List<String> findingLines(List<Row> rows) {
        List<String> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("record", row.getAs("record"));
            j.put("employee_id", row.getAs("employee_id"));
            j.put("pay_period_id", row.getAs("pay_period_id"));
            j.put("as_of", row.getAs("as_of").toString());
            String head = Json.write(j);
            out.add(head.substring(0, head.length() - 1) + ",\"finding\":" + row.getAs("finding_json") + "}");
        }
        return out;
    }

    private static List<Receipt.ModuleStamp> stamps(Row row) {
        List<Receipt.ModuleStamp> stamps = new ArrayList<>();
        for (Row m : row.<Row>getList(row.fieldIndex("modules"))) {
            stamps.add(new Receipt.ModuleStamp(m.getString(0), m.getString(1), m.getString(2)));
        }
        return stamps;
    }

    private static void assertSameReceipts(List<Row> rows, Reference ref) {
        assertThat(rows).allSatisfy(row -> {
            Receipt expected = ref.receipts.get(row.getAs("employee_id") + "/" + row.getAs("pay_period_id"));
            assertThat(expected).as("in-process receipt for %s", row.<String>getAs("subject")).isNotNull();
            assertThat(stamps(row)).isEqualTo(expected.modules());
            assertThat(row.<String>getAs("input_hash")).isEqualTo(expected.inputHash());
            assertThat(row.<String>getAs("findings_hash")).isEqualTo(expected.findingsHash());
            assertThat(row.<String>getAs("library_version")).isEqualTo(expected.libraryVersion());
        });
    }

    private static String firstLine(Path f, Predicate<String> p) throws IOException {
        return Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(p).findFirst().orElseThrow();
    }

    private static String lastLine(Path f, Predicate<String> p) throws IOException {
        List<String> ls = Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(p).toList();
        return ls.get(ls.size() - 1);
    }

    private static void insertAfter(Path f, Predicate<String> p, String line) throws IOException {
        List<String> ls = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        for (int i = 0; i < ls.size(); i++) {
            if (p.test(ls.get(i))) {
                ls.add(i + 1, line);
                Files.write(f, ls, StandardCharsets.UTF_8);
                return;
            }
        }
        throw new IllegalStateException("no line to insert after in " + f);
    }
}
