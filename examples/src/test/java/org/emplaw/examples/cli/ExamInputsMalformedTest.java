package org.emplaw.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.RecordMapper;
import org.emplaw.core.io.Yaml;
import org.emplaw.examples.audit.CsvParser;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.RowSource;
import org.emplaw.examples.sample.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed civil-service exam input: a seeded generator of broken candidate rows (missing and extra
 * columns, wrong types, empty ids, scores below 0 or above 100, huge numbers, impossible dates and
 * service periods out of order, tests the exam does not have, bytes that are not UTF-8, very long
 * lines, hostile text) through the real candidate reader, and broken exam definitions through
 * {@code emplaw exam}: every candidate row is read and then accepted or rejected with an error naming
 * its file, line and column; a broken exam definition is an input error naming the file (exit 3), never
 * a stack trace.
 */
class ExamInputsMalformedTest {
    static final String[] BAD = {"", "abc", "-1", "101", "100.5", "1e999", "99999999999999999999", "2025-02-30", "2025-13-01",
            "2025-06-01..2024-01-01", "x..y", "../../etc/passwd", "${java.version}", "java.lang.Runtime", "🙂", "１２"};

    record Sample(Path dir, Exam exam, List<String> header, List<List<String>> rows) {
    }

    static Sample sample(Path dir) throws Exception {
        Path d = SampleData.exam(dir.resolve("sample"));
        Object doc = Yaml.load(Files.readString(d.resolve("exam.yaml")), "exam.yaml");
        Exam exam = RecordMapper.read(((Map<?, ?>) doc).get("exam"), Exam.class, "exam.yaml exam");
        CsvParser p = new CsvParser(new StringReader(Files.readString(d.resolve("candidates.csv"))), "candidates.csv");
        List<String> header = p.next();
        List<List<String>> rows = new ArrayList<>();
        List<String> r;
        while ((r = p.next()) != null) {
            rows.add(r);
        }
        return new Sample(d, exam, header, rows);
    }

    /** Writes {@code passes} mutated copies of the sample's candidates (plus a score.essay column); returns the records written. */
    static int writeMutated(Sample s, Path file, Random r, int passes, double share) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((String.join(",", s.header()) + ",score.essay\n").getBytes(StandardCharsets.UTF_8));
        int records = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (List<String> row : s.rows()) {
                List<String> c = new ArrayList<>(row);
                c.set(0, c.get(0) + "-" + pass);
                c.add("");
                byte[] raw = null;
                if (r.nextDouble() < share) {
                    int any = r.nextInt(c.size());
                    switch (r.nextInt(9)) {
                        case 0 -> c.remove(c.size() - 1);
                        case 1 -> c.add("extra");
                        case 2 -> c.set(any, BAD[r.nextInt(BAD.length)]);
                        case 3 -> c.set(s.header().indexOf("score.written"), BAD[1 + r.nextInt(6)]);
                        case 4 -> c.set(s.header().indexOf("active_duty"), "2024-06-01..2020-01-01");
                        case 5 -> c.set(c.size() - 1, "75"); // a score for a test the exam may not have
                        case 6 -> c.set(any, "z".repeat(20_000 + r.nextInt(30_000)));
                        case 7 -> c.set(0, "");
                        default -> raw = new byte[] {(byte) 0xE9, (byte) 0x80};
                    }
                }
                List<String> q = new ArrayList<>();
                c.forEach(v -> q.add(CsvParser.quote(v)));
                out.writeBytes(String.join(",", q).getBytes(StandardCharsets.UTF_8));
                if (raw != null) {
                    out.writeBytes(raw);
                }
                out.write('\n');
                records++;
            }
        }
        Files.write(file, out.toByteArray());
        return records;
    }

    @Test
    void twelveThousandMutatedCandidateRowsAreEachAcceptedOrRejectedNamingFileLineAndColumn(@TempDir Path dir) throws Exception {
        Sample s = sample(dir);
        Path file = dir.resolve("candidates.csv");
        int written = writeMutated(s, file, new Random(5_2112L), 6, 0.4);
        Pattern ref = Pattern.compile("^candidates\\.csv:(\\d+)(, field '([^']+)')?: .+", Pattern.DOTALL);
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        long namingColumn = 0;
        try (RowSource src = RowSource.of(RowSource.utf8(file), "candidates.csv", InputSchema.CANDIDATES, Files.size(file))) {
            RowSource.Read rd;
            while ((rd = src.next()) != null) {
                read++;
                String error = rd.error();
                if (rd.ok()) {
                    try {
                        ExamCommand.candidate(rd.row(), s.exam());
                        accepted++;
                        continue;
                    } catch (InputException e) {
                        error = e.getMessage();
                    }
                }
                Matcher m = ref.matcher(error);
                assertThat(m.matches()).as("error naming the row: %s", error).isTrue();
                assertThat(Long.parseLong(m.group(1))).isBetween(2L, (long) written + 1);
                if (m.group(3) != null) {
                    namingColumn++;
                }
                rejected++;
            }
        }
        assertThat(read).as("records read").isEqualTo(written);
        assertThat(accepted + rejected).isEqualTo(read);
        assertThat(rejected).isGreaterThan(written / 5);
        assertThat(accepted).isGreaterThan(written / 3);
        assertThat(namingColumn).as("errors naming the column").isGreaterThan(rejected / 2);
        System.out.println("[issue 9] candidates fuzz: " + written + " rows written, " + read + " read, " + accepted + " accepted, "
                + rejected + " rejected (" + namingColumn + " naming the column), lost " + (written - accepted - rejected));
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EmplawCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void brokenExamDefinitionsAreInputErrorsNamingTheFile(@TempDir Path dir) throws Exception {
        Sample s = sample(dir);
        String exam = Files.readString(s.dir().resolve("exam.yaml"));
        Path cands = dir.resolve("few.csv");
        Files.writeString(cands, String.join("\n", Files.readAllLines(s.dir().resolve("candidates.csv")).subList(0, 40)) + "\n");
        List<String> broken = List.of(
                exam.replace("as_of: 2025-06-30", "as_of: 2025-02-30"),
                exam.replace("as_of: 2025-06-30", "as_of: soon"),
                exam.replace("as_of: 2025-06-30", ""),
                exam.replace("weight: 60", "weight: abc"),
                exam.replace("weight: 60", "weight: 1e999"),
                exam.replace("type: open_competitive", "type: java.lang.Runtime"),
                exam.replace("type: open_competitive", "type: !!java.lang.Runtime {}"),
                exam.replace("id: OC-2112-2025,", "id: [a, b],"),
                exam.replace("application_deadline: 2025-03-14", "application_deadline: 2025-13-14"),
                exam.replace("- certification_request:", "- java.lang.Runtime:"),
                exam.replace("- certification_request: {", "- certification_request: {no_such_field: 1, "),
                exam.replace("exam: {", "exam: " + "[".repeat(200) + "]".repeat(200) + "\nx: {"),
                exam.replace("parts: [", "parts: &p [*p, "),
                "exam: [1, 2]\nas_of: 2025-06-30\n",
                "\t- not yaml",
                "");
        int n = 0;
        for (String text : broken) {
            Path f = dir.resolve("exam-" + n + ".yaml");
            Files.writeString(f, text);
            Run r = run("exam", "--exam", f.toString(), "--candidates", cands.toString(), "--out", dir.resolve("out-" + n).toString());
            assertThat(r.code()).as("exam-%d.yaml: %s %s", n, r.out(), r.err()).isEqualTo(ExitCodes.INPUT_ERRORS);
            assertThat(r.err()).as("exam-%d.yaml", n).contains("emplaw: input error: ", f.toString()).doesNotContain("\tat ", "Exception");
            n++;
        }
    }

    @Test
    void aMutatedCandidatesFileIsScoredWithEveryRowAccountedFor(@TempDir Path dir) throws Exception {
        Sample s = sample(dir);
        Path file = dir.resolve("candidates.csv");
        int written = writeMutated(s, file, new Random(77L), 1, 0.3);
        Path examFile = dir.resolve("exam.yaml");
        Files.writeString(examFile, Files.readString(s.dir().resolve("exam.yaml")));
        Run r = run("exam", "--exam", examFile.toString(), "--candidates", file.toString(), "--out", dir.resolve("out").toString(),
                "--overlay", s.dir().resolve(org.emplaw.examples.sample.ExamGenerator.EXAMPLE_CONFIGURATION).toString());
        assertThat(r.err()).doesNotContain("\tat ");
        Matcher m = Pattern.compile("([\\d,]+) candidates read = ([\\d,]+) evaluated \\+ ([\\d,]+) errors").matcher(r.out());
        assertThat(m.find()).as(r.out() + r.err()).isTrue();
        long read = Long.parseLong(m.group(1).replace(",", ""));
        long ok = Long.parseLong(m.group(2).replace(",", ""));
        long errors = Long.parseLong(m.group(3).replace(",", ""));
        assertThat(read).isEqualTo(written).isEqualTo(ok + errors);
        assertThat(errors).isPositive();
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_ERRORS);
    }
}
