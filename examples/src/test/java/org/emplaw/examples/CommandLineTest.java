package org.emplaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emplaw.examples.cli.EmplawCommand;
import org.emplaw.examples.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emplaw commands, run as a script would run them: output and exit codes. */
class CommandLineTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EmplawCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void every_command_has_help_and_the_exit_codes_are_documented() {
        for (String c : new String[] {"audit", "exam", "explain", "test", "params", "generate"}) {
            Run r = run(c, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: emplaw " + c, "Exit codes");
        }
        assertThat(run("audit", "--no-such-option").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void test_runs_the_template_module_cases_and_prints_the_counts() {
        Run r = run("test", "--module-dir", TestPaths.template().toString());
        assertThat(r.out()).as(r.err()).endsWith("7 passed, 0 failed\n");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void test_fails_with_exit_code_4_when_a_case_fails(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("wrong.cases.yaml");
        Files.writeString(f, Files.readString(TestPaths.template().resolve("bmc-13_99-minimum-wage.cases.yaml"))
                .replace("amounts: {owed: 54.40}", "amounts: {owed: 54.41}"));
        Run r = run("test", "--module-dir", TestPaths.template().toString(), f.toString());
        assertThat(r.out()).contains("6 passed, 1 failed", "expected amount owed = 54.41, actual 54.40");
        assertThat(r.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    }

    @Test
    void params_shows_dated_values_and_what_applies_on_a_date() {
        Run all = run("params", "--module-dir", TestPaths.template().toString(), "--name", "berkeley_min_wage_hourly");
        assertThat(all.out()).contains("berkeley_min_wage_hourly (USD/hour)", "2025-07-01 * = 19.18", "known until: {*=2026-06-30}");
        Run on = run("params", "--module-dir", TestPaths.template().toString(), "--name", "berkeley_min_wage_hourly", "--as-of", "2026-08-01");
        assertThat(on.out()).contains("berkeley_min_wage_hourly").containsIgnoringCase("known until 2026-06-30");
        assertThat(on.code()).isZero();
    }

    @Test
    void explain_prints_every_finding_figure_citation_and_fired_rule(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("b1.yaml");
        Files.writeString(facts, """
                as_of: 2025-07-19
                subject: employee B1 pay period P14
                facts:
                  - employee: {id: B1, work_location: {state: CA, county: alameda, city: berkeley}, pay_basis: hourly, hourly_rate: 18.50, classification: non_exempt}
                  - pay_period: {id: P14, employee_id: B1, start: 2025-07-06, end: 2025-07-19, workweek_start: sunday,
                                 days: [{date: 2025-07-07, hours_worked: 8}], pay: [{kind: straight_time, amount: 148.00}]}
                """);
        Run r = run("explain", "--module-dir", TestPaths.template().toString(), "--facts", facts.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[NOT_MET] Hours worked in Berkeley", "owed = 5.44 USD: 2025-07-07: 8 h x (19.18 - 18.50)",
                "law: Berkeley Mun. Code 13.99.040", "figure: berkeley_min_wage_hourly[*]<2025-07-01> = 19.18 USD/hour",
                "Rules that fired, in order:", "us-ca-berkeley.minimum-wage.pay-period", "Receipt: emplaw");
    }

    @Test
    void a_generated_company_audits_with_reconciled_counts(@TempDir Path dir) {
        Path data = dir.resolve("co");
        Run g = run("generate", "--employees", "12", "--seed", "5", "--out", data.toString());
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(data.resolve("expected.yaml")).exists();
        Run a = run("audit", "--data", data.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(a.code()).as(a.out() + a.err()).isZero();
        assertThat(a.out()).contains("every record accounted for", "Report: ", "312 read =        312 evaluated");
        assertThat(dir.resolve("out/report.html")).exists();
        Run bad = run("audit", "--data", dir.resolve("nowhere").toString(), "--out", dir.resolve("o2").toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void a_bad_header_is_an_input_error_exit_code(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("employees.csv"), "employee_id,state,pay_basis\nE1,CA,hourly\n");
        Run r = run("audit", "--data", dir.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("employees.csv:1, field 'classification': required column is missing");
    }

    @Test
    void exam_scores_the_sample_and_writes_the_eligible_list(@TempDir Path dir) throws Exception {
        Run r = run("exam", "--sample", "--out", dir.toString());
        assertThat(r.code()).as(r.out() + r.err()).isIn(ExitCodes.OK, ExitCodes.INPUT_ERRORS);
        assertThat(r.out()).contains("candidates read =", "Eligible list: ");
        assertThat(Files.readAllLines(dir.resolve("eligible-list.csv")).get(0)).isEqualTo("rank,candidate_id,final_general_average,certification");
        assertThat(dir.resolve("exam-findings.csv")).exists();
    }
}
