package org.emplaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emplaw.core.Emplaw;
import org.emplaw.core.io.Json;
import org.emplaw.examples.audit.AuditRun;
import org.emplaw.examples.audit.CsvParser;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.audit.RowSource;
import org.emplaw.examples.sample.SampleData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A seeded generator of malformed records for the audit's inputs (CSV and JSON Lines): the bundled
 * sample company (42,313 records in four files) with about a third of its rows broken in one of many
 * ways (missing and extra columns, wrong types, empty strings, huge numbers, negative or more than 24
 * hours, impossible and out-of-order dates, duplicate ids, unknown states and cities, bytes that are not
 * UTF-8, very long lines, stray quotes, hostile text), audited end to end through the real readers,
 * join, ledger and writers. Proves: no exception escapes; every record is read and then evaluated or
 * reported as an error that names its file and line; per file {@code read = evaluated + errors} and
 * {@code read} equals the records written (lost = 0). Evaluation uses the module template (one rule),
 * so the run costs reading, not law.
 */
class HarnessMalformedInputTest {
    static Emplaw emplaw;
    static final Pattern REF = Pattern.compile("^(employees|positions|time|pay)\\.(csv|jsonl):(\\d+)$");
    static final String[] HOSTILE = {"java.lang.Runtime", "${java.version}", "#{1+1}", "../../etc/passwd",
            "T(java.lang.Runtime).getRuntime().exec('id')", "!!java.net.URL [http://127.0.0.1/]", "%s%n", "=cmd|' /C calc'!A0"};
    static final String[] BAD_NUMBERS = {"abc", "", " ", "1e999", "99999999999999999999999", "-0.01", "NaN", "1,5", "１２", "0x10"};
    static final String[] BAD_DATES = {"2025-02-30", "2025-13-01", "0000-00-00", "2025-1-5", "05/01/2025", "tomorrow", ""};

    @BeforeAll
    static void build() {
        emplaw = Emplaw.builder().moduleFolder(TestPaths.template()).threads(2).build();
    }

    @AfterAll
    static void close() {
        emplaw.close();
    }

    /** One input file: its schema, header and data rows (cells), as read from the sample. */
    record Table(InputSchema schema, List<String> header, List<List<String>> rows) {
        int col(String name) {
            return header.indexOf(name);
        }
    }

    static Table read(Path dir, InputSchema schema) throws Exception {
        CsvParser p = new CsvParser(new StringReader(Files.readString(dir.resolve(schema.name() + ".csv"))), schema.name());
        List<String> header = p.next();
        List<List<String>> rows = new ArrayList<>();
        List<String> r;
        while ((r = p.next()) != null) {
            rows.add(r);
        }
        return new Table(schema, header, rows);
    }

    /** What a mutated file holds: its bytes and how many records a reader must find in it. */
    record Written(String name, byte[] bytes, int records) {
    }

    static final byte[] NOT_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};

    /** Mutates one row's cells (as text; bytes that are not UTF-8 are marked and substituted on writing). */
    static List<List<String>> mutate(Table t, List<String> row, Random r) {
        List<String> c = new ArrayList<>(row);
        int any = r.nextInt(c.size());
        switch (r.nextInt(14)) {
            case 0 -> c.remove(c.size() - 1); // missing column
            case 1 -> c.add("extra"); // extra column
            case 2 -> c.set(any, BAD_NUMBERS[r.nextInt(BAD_NUMBERS.length)]); // wrong type or empty
            case 3 -> { // empty required value
                List<String> req = t.schema().required();
                c.set(t.col(req.get(r.nextInt(req.size()))), "");
            }
            case 4 -> { // huge or negative numbers; hours out of 0..24
                for (String n : List.of("hours_worked", "hours", "amount", "hourly_rate", "meal1_minutes", "rest_breaks_taken",
                        "employer_headcount", "salary")) {
                    if (t.col(n) >= 0) {
                        c.set(t.col(n), List.of("-3", "25", "24.01", "-0.5", "999999999999999", "1e308").get(r.nextInt(6)));
                        break;
                    }
                }
            }
            case 5 -> { // impossible dates, dates out of order
                for (String n : List.of("date", "period_end", "separation_date", "hire_date")) {
                    if (t.col(n) >= 0) {
                        c.set(t.col(n), r.nextBoolean() ? BAD_DATES[r.nextInt(BAD_DATES.length)] : "2000-01-01");
                        break;
                    }
                }
            }
            case 6 -> {
                return List.of(c, new ArrayList<>(c)); // duplicate row: duplicate ids, duplicate workdays
            }
            case 7 -> { // unknown jurisdiction or city
                if (t.col("state") >= 0) {
                    c.set(r.nextBoolean() ? t.col("state") : t.col("city"), r.nextBoolean() ? "ZZ" : "Atlantis");
                } else if (t.col("city") >= 0) {
                    c.set(t.col("city"), "Atlantis");
                } else {
                    c.set(any, "Atlantis");
                }
            }
            case 8 -> c.set(any, c.get(any) + "\u0001NOTUTF8\u0001"); // bytes that are not UTF-8
            case 9 -> c.set(any, "y".repeat(20_000 + r.nextInt(30_000))); // very long line
            case 10 -> c.set(any, "\"" + c.get(any) + "\"x"); // text after a closing quote
            case 11 -> c.set(0, "A" + c.get(0)); // out of order (and, for pay and time, an orphan)
            case 12 -> c.set(any, HOSTILE[r.nextInt(HOSTILE.length)]);
            default -> { // a different pay period id or kind on one row of a period
                if (t.col("kind") >= 0) {
                    c.set(t.col(r.nextBoolean() ? "kind" : "period_start"), r.nextBoolean() ? "bonus" : "2025-01-06");
                } else {
                    c.set(any, "");
                }
            }
        }
        return List.of(c);
    }

    static String cell(String v) {
        if (v.startsWith("\"") && v.endsWith("\"x")) {
            return v; // keep the stray quote as written
        }
        return CsvParser.quote(v);
    }

    static Written write(Table t, Random r, double share, boolean jsonl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int records = 0;
        if (!jsonl) {
            out.writeBytes((String.join(",", t.header()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (List<String> row : t.rows()) {
            List<List<String>> emitted = r.nextDouble() < share ? mutate(t, row, r) : List.of(row);
            for (List<String> cells : emitted) {
                String line;
                if (jsonl) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < cells.size(); i++) {
                        m.put(i < t.header().size() ? t.header().get(i) : "extra_" + i, cells.get(i));
                    }
                    int k = r.nextInt(40);
                    line = k == 0 ? "[\"not an object\"]" : k == 1 ? "{\"employee_id\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}"
                            : k == 2 ? Json.write(m).replace("\"" + t.header().get(0) + "\":", "\"" + t.header().get(0) + "\": {\"x\": 1},\"y\":")
                            : Json.write(m);
                } else {
                    List<String> q = new ArrayList<>();
                    cells.forEach(v -> q.add(cell(v)));
                    line = String.join(",", q);
                }
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream lb = new ByteArrayOutputStream();
                String marker = "\u0001NOTUTF8\u0001";
                int at = line.indexOf(marker);
                if (at >= 0) {
                    lb.writeBytes(line.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    lb.writeBytes(NOT_UTF8);
                    lb.writeBytes(line.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
                    b = lb.toByteArray();
                }
                out.writeBytes(b);
                out.write('\n');
                records++;
            }
        }
        return new Written(t.schema().name() + (jsonl ? ".jsonl" : ".csv"), out.toByteArray(), records);
    }

    static String firstLines(Path p, int n) {
        try (var lines = Files.lines(p)) {
            return String.join("\n", lines.limit(n).map(l -> l.length() > 300 ? l.substring(0, 300) + "..." : l).toList());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    static AuditRun.Result audit(Path data, Path out) throws Exception {
        return AuditRun.run(emplaw, new AuditRun.Config(data, out, null, Map.of(), Places.bundled(), false, 10, "fuzz"),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    /** Counts of one run, for the report. */
    record Figures(long records, long read, long evaluated, long rowsInError, long errors, long errorsNamingField) {
    }

    static Figures fuzz(Path dir, long seed, boolean jsonl) throws Exception {
        Path sample = SampleData.payroll(dir.resolve("sample"));
        Random r = new Random(seed);
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, Written> written = new LinkedHashMap<>();
        for (InputSchema s : InputSchema.AUDIT) {
            Written w = write(read(sample, s), r, s == InputSchema.POSITIONS ? 0.2 : 0.33, jsonl);
            Files.write(in.resolve(w.name()), w.bytes());
            written.put(w.name(), w);
        }
        AuditRun.Result res = audit(in, dir.resolve("out"));
        Map<String, Ledger.Counts> files = res.ledger().files();
        long records = 0;
        long read = 0;
        long evaluated = 0;
        for (Written w : written.values()) {
            Ledger.Counts c = files.get(w.name());
            assertThat(c).as(w.name()).isNotNull();
            assertThat(c.read()).as("records read from %s", w.name()).isEqualTo(w.records());
            assertThat(c.reconciles()).as(res.ledger().summary()).isTrue();
            records += w.records();
            read += c.read();
            evaluated += c.evaluated();
        }
        assertThat(res.reconciles()).isTrue();
        assertThat(evaluated).as(() -> "the unbroken records are evaluated; first errors:\n" + firstLines(res.errorsCsv(), 15))
                .isGreaterThan(records / 20);
        // every error names its file and line; most name the field; the message starts with the record
        List<String> errorLines = Files.readAllLines(res.errorsCsv());
        CsvParser ep = new CsvParser(new StringReader(String.join("\n", errorLines)), "errors.csv");
        assertThat(ep.next()).containsExactly("file", "record", "rows", "problem");
        long errors = 0;
        long naming = 0;
        List<String> e;
        while ((e = ep.next()) != null) {
            errors++;
            Matcher m = REF.matcher(e.get(1));
            assertThat(m.matches()).as("error record %s", e).isTrue();
            assertThat(written).containsKey(e.get(0));
            assertThat(e.get(1)).startsWith(e.get(0) + ":");
            assertThat(Long.parseLong(m.group(3))).isBetween(1L, (long) written.get(e.get(0)).records() + 1);
            assertThat(e.get(3)).as("message of %s", e.get(1)).contains(e.get(1));
            if (e.get(3).contains(", field '")) {
                naming++;
            }
        }
        assertThat(errors).isEqualTo(res.ledger().errorCount());
        assertThat(naming).as("errors naming the field").isGreaterThan(errors / 2);
        assertThat(Files.readString(res.summaryJson())).contains("\"reconciles\":true");
        return new Figures(records, read, evaluated, res.ledger().rowsInError(), errors, naming);
    }

    @Test
    void aMutatedSampleAsCsvIsAuditedWithEveryRecordAccountedFor(@TempDir Path dir) throws Exception {
        Figures f = fuzz(dir, 20261121L, false);
        assertThat(f.read()).isEqualTo(f.records()).isGreaterThan(42_000);
        System.out.println("[issue 9] CSV fuzz: " + f);
    }

    @Test
    void aMutatedSampleAsJsonLinesIsAuditedWithEveryRecordAccountedFor(@TempDir Path dir) throws Exception {
        Figures f = fuzz(dir, 9L, true);
        assertThat(f.read()).isEqualTo(f.records()).isGreaterThan(42_000);
        System.out.println("[issue 9] JSON Lines fuzz: " + f);
    }

    /** One broken value, one row: the error names the file, the line and the column. */
    @ParameterizedTest(name = "{0}.{1} = ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "employees|hourly_rate|twenty|is not a decimal number",
        "employees|hourly_rate|-1|",
        "employees|employer_headcount|99999999999999999999|is not a decimal number",
        "employees|hire_date|2025-02-30|is not a real date",
        "employees|state|ZZ|",
        "employees|city|Atlantis|unknown California city",
        "employees|pay_basis|wages|is not one of",
        "time|hours_worked|25|must be between 0 and 24",
        "time|hours_worked|-3|must be between 0 and 24",
        "time|date|2025-13-01|is not a real date",
        "time|meal1_minutes|1e999|is not a decimal number",
        "time|rest_breaks_taken|two|",
        "pay|amount|1six0|is not a decimal number",
        "pay|period_end|2024-01-01|",
        "pay|kind|bonus|is not one of",
        "pay|hours|-8|"})
    void oneBrokenValueIsAnErrorNamingFileLineAndColumn(String file, String column, String value, String problem,
                                                        @TempDir Path dir) throws Exception {
        Path sample = SampleData.payroll(dir.resolve("sample"));
        Path in = Files.createDirectories(dir.resolve("in"));
        int line = 0;
        for (InputSchema s : InputSchema.AUDIT) {
            Table t = read(sample, s);
            List<List<String>> rows = new ArrayList<>(t.rows());
            if (s.name().equals(file)) {
                // the first row of employee E0000002 (hourly, Los Angeles) in this file
                int i = 0;
                while (!rows.get(i).get(0).equals("E0000002")) {
                    i++;
                }
                List<String> row = new ArrayList<>(rows.get(i));
                row.set(t.col(column), value);
                rows.set(i, row);
                line = i + 2;
            }
            StringBuilder sb = new StringBuilder(String.join(",", t.header())).append('\n');
            for (int k = 0; k < rows.size() && k < 600; k++) {
                List<String> q = new ArrayList<>();
                rows.get(k).forEach(v -> q.add(CsvParser.quote(v)));
                sb.append(String.join(",", q)).append('\n');
            }
            Files.writeString(in.resolve(s.name() + ".csv"), sb.toString());
        }
        AuditRun.Result res = audit(in, dir.resolve("out"));
        String errors = Files.readString(res.errorsCsv());
        String ref = file + ".csv:" + line;
        assertThat(errors).as("errors.csv").contains(ref + ", field '" + column + "'");
        if (problem != null && !problem.isEmpty()) {
            assertThat(errors).contains(problem);
        }
        assertThat(res.reconciles()).as(res.ledger().summary()).isTrue();
    }

    @Test
    void bytesThatAreNotUtf8AndStrayQuotesCostOneRowNamingItsField(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("employee_id,state,county,city,pay_basis,hourly_rate,classification,sex\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("E1,CA,alameda,Berkeley,hourly,20.00,non_exempt,f\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("E2,CA,alameda,Berkeley,hourly,20.00,non_exempt,".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(NOT_UTF8);
        b.writeBytes("\nE3,CA,alameda,\"Berkeley\"x,hourly,20.00,non_exempt,f\nE4,CA,alameda,Berkeley,hourly,20.00,non_exempt,f\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("employees.csv"), b.toByteArray());
        AuditRun.Result res = AuditRun.run(emplaw, new AuditRun.Config(in, dir.resolve("out"), java.time.LocalDate.of(2025, 7, 1),
                Map.of(), Places.bundled(), false, 10, "utf8"), new PrintStream(java.io.OutputStream.nullOutputStream()));
        String errors = Files.readString(res.errorsCsv());
        assertThat(errors).contains("employees.csv:3, field 'sex': " + RowSource.NOT_UTF8);
        assertThat(errors).contains("employees.csv:4, field 'column 4': text after a closing quote");
        Ledger.Counts c = res.ledger().files().get("employees.csv");
        assertThat(c.read()).isEqualTo(4);
        assertThat(c.errors()).isEqualTo(2);
        assertThat(c.evaluated()).isEqualTo(2);
    }
}
