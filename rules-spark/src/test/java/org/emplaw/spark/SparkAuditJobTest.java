package org.emplaw.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.emplaw.examples.sample.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job, run in the test JVM's session: what it writes, and its exit codes. */
class SparkAuditJobTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path data;

    @BeforeAll
    static void smallCompany() throws IOException {
        spark = TestSpark.session();
        data = SampleData.payroll(dir.resolve("in"));
        for (String f : List.of("employees.csv", "time.csv", "pay.csv")) {
            List<String> ls = Files.readAllLines(data.resolve(f), StandardCharsets.UTF_8);
            List<String> kept = new ArrayList<>(ls.subList(0, 1));
            ls.subList(1, ls.size()).stream().filter(l -> l.compareTo("E0000004") < 0).forEach(kept::add);
            if (f.equals("time.csv")) {
                kept.add(3, "E0000001,not-a-date,8,,,,");
            }
            Files.write(data.resolve(f), kept, StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_job_writes_findings_errors_and_reconciled_counts_and_exits_3_when_a_row_is_rejected() {
        String out = dir.resolve("out").toString();
        int code = SparkAuditJob.run("--data", data.toString(), "--out", out, "--format", "csv", "--partitions", "3");
        assertThat(code).isEqualTo(3);
        Dataset<Row> errors = spark.read().option("header", "true").csv(out + "/errors");
        assertThat(errors.collectAsList()).singleElement().satisfies(e -> {
            assertThat(e.<String>getAs("record")).isEqualTo("time.csv:4");
            assertThat(e.<String>getAs("problem")).contains("field 'date'");
        });
        Dataset<Row> counts = spark.read().option("header", "true").option("inferSchema", "true").csv(out + "/counts");
        assertThat(counts.collectAsList()).hasSize(4).allSatisfy(c ->
                assertThat(((Number) c.getAs("read")).longValue()).isEqualTo(((Number) c.getAs("evaluated")).longValue()
                        + ((Number) c.getAs("errors")).longValue()));
        Dataset<Row> findings = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(out + "/findings");
        assertThat(findings.count()).isPositive();
        assertThat(findings.where(findings.col("employee_id").equalTo("E0000001")).count()).isPositive();
        assertThat(findings.first().<String>getAs("modules")).contains("us-ca-wage@");
    }

    @Test
    void the_job_refuses_two_inputs_and_an_unknown_format_as_usage_errors() {
        String out = dir.resolve("usage").toString();
        assertThat(SparkAuditJob.run("--data", data.toString(), "--parquet", data.toString(), "--out", out)).isEqualTo(2);
        assertThat(SparkAuditJob.run("--data", data.toString(), "--out", out, "--format", "xlsx")).isEqualTo(2);
        assertThat(SparkAuditJob.run("--data", data.toString(), "--out", out, "--module", "no-such-module")).isEqualTo(5);
    }
}
