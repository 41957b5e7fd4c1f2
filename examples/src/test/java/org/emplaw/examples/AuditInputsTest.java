package org.emplaw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emplaw.core.Emplaw;
import org.emplaw.examples.audit.AuditRun;
import org.emplaw.examples.audit.CsvParser;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.audit.RowSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives a clear error for that record (file, line, column); the rest is evaluated; every record is accounted for. */
class AuditInputsTest {
    static Emplaw emplaw;

    @BeforeAll
    static void build() {
        emplaw = Emplaw.builder().discoverModules().moduleFolder(TestPaths.template()).threads(2).build();
    }

    @AfterAll
    static void close() {
        emplaw.close();
    }

    static final String EMPLOYEES = """
            employee_id,state,county,city,pay_basis,hourly_rate,classification,position_id
            B01,CA,alameda,Berkeley,hourly,18.50,non_exempt,HOURLY
            B02,CA,alameda,Berkeley,hourly,20.00,non_exempt,HOURLY
            B03,CA,alameda,Berkly,hourly,20.00,non_exempt,HOURLY
            B04,CA,alameda,Berkeley,hourly,twenty,non_exempt,HOURLY
            B05,CA,alameda,Berkeley,hourly,20.00,non_exempt,HOURLY
            B05,CA,alameda,Berkeley,hourly,21.00,non_exempt,HOURLY
            B06,CA,alameda,Berkeley,hourly,20.00,non_exempt,HOURLY
            B07,CA,alameda,Berkeley,hourly,20.00,non_exempt
            A99,CA,alameda,Berkeley,hourly,20.00,non_exempt,HOURLY
            """;
    static final String POSITIONS = "position_id,title,duties\nHOURLY,Associate,non_exempt:1.0\n";
    static final String TIME = """
            employee_id,date,hours_worked,rest_breaks_taken
            A00,2025-07-07,8,2
            B01,2025-07-07,8,2
            B01,2025-07-08,8,2
            B02,2025-07-07,-3,2
            B02,2025-07-21,8,2
            B03,2025-07-07,8,2
            B05,2025-07-07,8,2
            B06,2025-07-07,8,2
            B06,2025-13-40,8,2
            B06,2025-09-01,8,2
            """;
    static final String PAY = """
            employee_id,pay_period_id,period_start,period_end,workweek_start,kind,amount,hours,rate
            B01,P14,2025-07-06,2025-07-19,sunday,straight_time,296.00,16,18.50
            B02,P14,2025-07-06,2025-07-19,sunday,straight_time,160.00,8,20.00
            B02,P15,2025-07-20,2025-08-02,sunday,straight_time,160.00,8,20.00
            B03,P14,2025-07-06,2025-07-19,sunday,straight_time,160.00,8,20.00
            B05,P14,2025-07-06,2025-07-19,sunday,straight_time,160.00,8,20.00
            B06,P14,2025-07-06,2025-07-19,sunday,straight_time,1six0.00,8,20.00
            B06,P15,2025-07-20,2025-08-02,sunday,straight_time,0,,
            """;

    static Path write(Path dir, Map<String, String> files) throws Exception {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    static AuditRun.Result audit(Path data, Path out) throws Exception {
        return AuditRun.run(emplaw, new AuditRun.Config(data, out, null, Map.of(), Places.bundled(), false, 10, "test"),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    @Test
    void every_bad_record_is_an_error_naming_it_and_the_rest_is_evaluated(@TempDir Path dir) throws Exception {
        Path data = write(Files.createDirectories(dir.resolve("in")), Map.of("employees.csv", EMPLOYEES, "positions.csv", POSITIONS,
                "time.csv", TIME, "pay.csv", PAY));
        AuditRun.Result r = audit(data, dir.resolve("out"));
        String errors = Files.readString(r.errorsCsv());
        // unknown city, unparseable number, duplicate ids, missing cell, out of order: each names the record and column
        assertThat(errors).contains("employees.csv:4, field 'city': unknown California city 'berkly'");
        assertThat(errors).contains("employees.csv:5, field 'hourly_rate': 'twenty' is not a decimal number");
        assertThat(errors).contains("field 'employee_id': duplicate employee_id 'B05' at employees.csv:6, employees.csv:7");
        assertThat(errors).contains("employees.csv:9: has 7 cells but the header has 8 columns (missing column 'position_id')");
        assertThat(errors).contains("employees.csv:10, field 'employee_id': out of order: 'A99' comes after");
        // negative hours and a bad date in time.csv; an unparseable amount in pay.csv; an orphan time row
        assertThat(errors).contains("time.csv:5, field 'hours_worked': must be between 0 and 24 (was -3)");
        assertThat(errors).contains("time.csv:10, field 'date': '2025-13-40' is not a real date");
        assertThat(errors).contains("pay.csv:7, field 'amount': '1six0.00' is not a decimal number");
        assertThat(errors).contains("time.csv:2, field 'employee_id': no employee 'A00'");
        assertThat(errors).contains("time.csv:11, field 'date': workday 2025-09-01 of employee 'B06' is in no pay period");
        // nothing lost: every file reconciles
        assertThat(r.reconciles()).as(r.ledger().summary()).isTrue();
        Map<String, Ledger.Counts> f = r.ledger().files();
        assertThat(f.get("employees.csv").read()).isEqualTo(9);
        assertThat(f.get("time.csv").read()).isEqualTo(10);
        assertThat(f.get("pay.csv").read()).isEqualTo(7);
        // the good records were evaluated: B01 (owed 16 h x (19.18 - 18.50) = 10.88), B02's second period, B06's second period
        assertThat(f.get("employees.csv").evaluated()).isEqualTo(3);
        assertThat(f.get("pay.csv").evaluated()).isEqualTo(3);
        List<String> findings = Files.readAllLines(r.findingsCsv());
        assertThat(findings).anyMatch(l -> l.contains("us-ca-berkeley.minimum-wage.pay-period,NOT_MET,10.88"));
        assertThat(Files.readString(r.summaryJson())).contains("\"reconciles\":true");
    }

    @Test
    void the_same_data_as_json_lines_gives_the_same_findings(@TempDir Path dir) throws Exception {
        Path csvIn = write(Files.createDirectories(dir.resolve("csv")), Map.of("employees.csv", EMPLOYEES.lines().limit(3)
                .reduce("", (a, b) -> a + b + "\n"), "positions.csv", POSITIONS, "time.csv", TIME, "pay.csv", PAY));
        Path jsonIn = Files.createDirectories(dir.resolve("jsonl"));
        for (String name : List.of("employees", "positions", "time", "pay")) {
            StringBuilder sb = new StringBuilder();
            try (RowSource s = RowSource.open(csvIn, schema(name))) {
                RowSource.Read rd;
                while ((rd = s.next()) != null) {
                    sb.append(org.emplaw.core.io.Json.write(rd.ok() ? new java.util.TreeMap<>(rd.row().fields()) : Map.of("employee_id", "A00")))
                            .append('\n');
                }
            }
            Files.writeString(jsonIn.resolve(name + ".jsonl"), sb.toString());
        }
        AuditRun.Result a = audit(csvIn, dir.resolve("o1"));
        AuditRun.Result b = audit(jsonIn, dir.resolve("o2"));
        assertThat(b.totals().findings).isEqualTo(a.totals().findings).isPositive();
        assertThat(b.totals().owed).isEqualByComparingTo(a.totals().owed);
        assertThat(b.reconciles()).isTrue();
    }

    static InputSchema schema(String name) {
        return InputSchema.AUDIT.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_missing_required_column_names_the_file_line_and_column() {
        assertThatThrownBy(() -> RowSource.of(new StringReader("employee_id,date\nE1,2025-01-01\n"), "time.csv", InputSchema.TIME, 0))
                .hasMessageContaining("time.csv:1, field 'hours_worked': required column is missing");
        assertThatThrownBy(() -> RowSource.of(new StringReader("employee_id,date,hours_workd\n"), "time.csv", InputSchema.TIME, 0))
                .hasMessageContaining("time.csv:1, field 'column 3 'hours_workd'': unknown column for time");
    }

    @Test
    void csv_fields_may_be_quoted_with_commas_quotes_and_line_breaks() throws Exception {
        CsvParser p = new CsvParser(new StringReader("a,\"b, \"\"c\"\"\",\"d\ne\"\r\n\nx,y,z\n"), "f.csv");
        assertThat(p.next()).containsExactly("a", "b, \"c\"", "d\ne");
        assertThat(p.recordLine()).isEqualTo(1);
        assertThat(p.next()).containsExactly("x", "y", "z");
        assertThat(p.recordLine()).isEqualTo(4);
        assertThat(p.next()).isNull();
        assertThat(CsvParser.quote("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }
}
