package org.emplaw.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.RowSource;
import org.emplaw.examples.sample.SampleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the harness's CSV in parallel slices gives the rows, lines and errors of the streaming reader. */
class InputRecordsTest {
    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void session() {
        spark = TestSpark.session();
    }

    @Test
    void a_csv_read_in_seven_slices_gives_every_row_with_the_line_and_fields_the_streaming_reader_gives() throws IOException {
        Path data = SampleData.payroll(dir.resolve("in"));
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve("time.csv"), StandardCharsets.UTF_8));
        lines.add(500, "");                                   // a blank line: skipped, but it still counts as a line
        lines.add(1000, "E0000009,2025-02-03,8,\"4.5\",30");  // too few cells, with a quoted cell (line 1003 after the insertions below)
        lines.add(100, "E0000001,2025-01-06,8,\"4.25\nfrom the amended record\",30,true,2");   // a quoted cell spanning two lines
        Files.write(data.resolve("time.csv"), lines, StandardCharsets.UTF_8);

        List<Row> rows = InputRecords.csv(spark, data.resolve("time.csv").toString(), "time.csv", InputSchema.TIME, 7)
                .orderBy("line").collectAsList();
        List<String> expected = new ArrayList<>();
        try (RowSource src = RowSource.open(data, InputSchema.TIME)) {
            RowSource.Read r;
            while ((r = src.next()) != null) {
                expected.add(r.ok() ? r.ref() + " " + new java.util.TreeMap<>(r.row().fields()) : r.ref() + " ERROR " + r.error());
            }
        }
        List<String> actual = new ArrayList<>();
        for (Row r : rows) {
            actual.add(r.isNullAt(6) ? r.getString(4) + " " + new java.util.TreeMap<>(r.<String, String>getJavaMap(5))
                    : r.getString(4) + " ERROR " + r.getString(6));
        }
        assertThat(InputRecords.csv(spark, data.resolve("time.csv").toString(), "time.csv", InputSchema.TIME, 7)
                .javaRDD().getNumPartitions()).isGreaterThanOrEqualTo(7);
        assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
        assertThat(actual).anySatisfy(a -> assertThat(a).startsWith("time.csv:1003 ERROR").contains("has 5 cells"));
        assertThat(actual).anySatisfy(a -> assertThat(a).startsWith("time.csv:101 ").contains("from the amended record"));
        assertThat(rows).allSatisfy(r -> assertThat(r.getString(0)).isEqualTo("time"));
    }

    @Test
    void an_unknown_column_is_the_header_error_the_streaming_reader_gives() throws IOException {
        Path f = dir.resolve("pay.csv");
        Files.writeString(f, "employee_id,pay_period_id,period_start,period_end,kind,amount,tip\nE1,P1,2025-01-05,2025-01-18,salary,1,2\n");
        String expected;
        try {
            RowSource.open(dir, InputSchema.PAY).close();
            throw new AssertionError("the streaming reader accepted an unknown column");
        } catch (RowSource.HeaderException e) {
            expected = e.getMessage();
        }
        assertThatThrownBy(() -> InputRecords.csv(spark, f.toString(), "pay.csv", InputSchema.PAY, 2))
                .isInstanceOf(RowSource.HeaderException.class).hasMessage(expected).hasMessageContaining("'tip'");
        assertThatThrownBy(() -> InputRecords.of(spark.createDataFrame(List.of(), new org.apache.spark.sql.types.StructType()
                .add("employee_id", "string").add("tip", "string")), "pay", InputSchema.PAY))
                .isInstanceOf(RowSource.HeaderException.class).hasMessageContaining("unknown column for pay");
    }

    @Test
    void a_dataframe_without_a_required_column_is_refused_naming_the_column() {
        var df = spark.createDataFrame(List.of(), new org.apache.spark.sql.types.StructType().add("employee_id", "string"));
        assertThatThrownBy(() -> InputRecords.of(df, "time", InputSchema.TIME))
                .isInstanceOf(RowSource.HeaderException.class).hasMessageContaining("date").hasMessageContaining("required column is missing");
    }
}
