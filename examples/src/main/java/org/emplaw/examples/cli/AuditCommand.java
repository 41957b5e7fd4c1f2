package org.emplaw.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emplaw.core.Emplaw;
import org.emplaw.core.finding.Outcome;
import org.emplaw.examples.audit.AuditRun;
import org.emplaw.examples.audit.Expected;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.audit.Progress;
import org.emplaw.examples.report.AuditTotals;
import org.emplaw.examples.report.HtmlReport;
import org.emplaw.examples.sample.SampleData;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emplaw audit}: a company's payroll export in, findings, errors and a report out. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits a payroll export: employees, positions, time (one row per workday) and pay (one row per pay item "
                + "per pay period), as CSV or JSON Lines, sorted by employee_id. Writes findings.csv, findings.jsonl, errors.csv, "
                + "summary.json and report.html to the output folder and prints a summary. Every input record is either "
                + "evaluated or reported as an error; the counts are printed and must reconcile.",
                "Input formats: emplaw audit --schemas, or examples/INPUTS.md."},
        footer = ExitCodes.HELP)
public final class AuditCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final class Source {
        @Option(names = "--data", paramLabel = "DIR", description = "Folder with employees, positions, time and pay (.csv or .jsonl).")
        Path data;

        @Option(names = "--sample", description = "Audit the bundled synthetic company (copied to OUT/sample-input first).")
        boolean sample;

        @Option(names = "--schemas", description = "Print the input file formats and exit.")
        boolean schemas;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "audit-report", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Date to evaluate employees that have no pay rows (employee-level rules only); without it they are reported as errors.")
    LocalDate asOf;

    @Option(names = "--places", paramLabel = "FILE", description = "More California cities (CSV city,county) beside the bundled list.")
    Path places;

    @Option(names = "--expect", paramLabel = "FILE",
            description = "Expected violation counts (expected.yaml of emplaw generate); exit 4 when the audit differs.")
    Path expect;

    @Option(names = "--fail-on-violation", description = "Exit 4 when any violation is found.")
    boolean failOnViolation;

    @Option(names = "--top", paramLabel = "N", defaultValue = "100", description = "Employees in the report's drill-down (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar (it is shown only on a terminal anyway).")
    boolean quiet;

    /** How pay periods are put into requests. */
    enum Requests { pay_period, employee }

    @Option(names = "--requests", paramLabel = "SHAPE", defaultValue = "employee",
            description = {"employee (default): one request per employee holding all its pay periods: employee-level findings "
                    + "(federal comparison, bereavement leave) once per employee, exemptions once per group of pay periods with the "
                    + "same figures of law and salary-basis facts, Lab. Code 226(e) wage statement damages over all the employee's "
                    + "statements (the first deficient one and each later one are priced differently, up to a cap). pay_period: one "
                    + "request per pay period (employee-level findings repeated for every pay period; each wage statement seen alone). "
                    + "The pay-period findings are the same either way."})
    Requests requests;

    @Mixin
    LawOptions law;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (source.schemas) {
            o.print(InputSchema.markdown());
            o.flush();
            return ExitCodes.OK;
        }
        Path data = source.data;
        Path expectFile = expect;
        if (source.sample) {
            data = SampleData.payroll(out.resolve("sample-input"));
            o.println("Bundled sample copied to " + data.toAbsolutePath());
        }
        if (!Files.isDirectory(data)) {
            spec.commandLine().getErr().println("emplaw audit: no such folder: " + data);
            return ExitCodes.USAGE;
        }
        Places p = Places.bundled();
        if (places != null) {
            p.with(places);
        }
        AuditRun.Result r;
        long t0 = System.nanoTime();
        try (Emplaw emplaw = law.build()) {
            AuditRun.Config cfg = new AuditRun.Config(data, out, asOf, law.options, p, !quiet && Progress.terminal(), top,
                    "emplaw audit of " + data.getFileName(), requests == Requests.employee);
            PrintStream err = System.err;
            r = AuditRun.run(emplaw, cfg, err);
            o.println("Modules: " + String.join(", ", emplaw.modules().stream().map(m -> m.id() + " " + m.version()).toList()));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        AuditTotals t = r.totals();
        o.println("Input records:");
        o.print(r.ledger().summary());
        o.println(r.reconciles() ? "  every record accounted for (read = evaluated + errors)" : "  COUNTS DO NOT RECONCILE");
        o.printf("Evaluated %,d pay periods of %,d employees (%,d requests) in %.1f s (%,.0f pay periods/s)%n", t.payPeriodsEvaluated,
                t.employeesEvaluated, t.evaluations, secs, t.payPeriodsEvaluated / Math.max(secs, 1e-3));
        o.printf("Findings: %,d (%s)%n", t.findings, outcomes(t.outcomes));
        o.printf("Violations: %,d by %,d employees; amount owed %s%n", t.violations(), t.employeesWithViolations, HtmlReport.usd(t.owed));
        t.rules.values().stream().filter(rs -> rs.count(Outcome.NOT_MET) > 0)
                .sorted((a, b) -> Long.compare(b.count(Outcome.NOT_MET), a.count(Outcome.NOT_MET))).limit(10)
                .forEach(rs -> o.printf("  %-50s %,8d  %s%n", rs.ruleId, rs.count(Outcome.NOT_MET), HtmlReport.usd(rs.owed)));
        if (r.ledger().errorCount() > 0) {
            o.printf("Input errors: %,d (rows in error: %,d), listed in %s%n", r.ledger().errorCount(), r.ledger().rowsInError(),
                    r.errorsCsv().toAbsolutePath());
        }
        o.println("Findings: " + r.findingsCsv().toAbsolutePath() + " and " + r.findingsJsonl().getFileName());
        o.println("Report: " + r.report().toAbsolutePath());
        int code = r.ledger().errorCount() > 0 || !r.reconciles() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
        if (source.sample && expectFile == null) {
            Path sampleExpected = data.resolve("expected.yaml");
            List<Expected.Check> checks = Expected.parse(Files.readString(sampleExpected), sampleExpected.toString()).compare(t);
            o.println("Planted violations in the sample (" + sampleExpected.getFileName() + "; informational, use --expect to enforce):");
            checks.forEach(c -> o.println(c));
        }
        if (expectFile != null) {
            List<Expected.Check> checks = Expected.parse(Files.readString(expectFile), expectFile.toString()).compare(t);
            o.println("Expected violations (" + expectFile + "):");
            checks.forEach(c -> o.println(c));
            if (checks.stream().anyMatch(c -> !c.ok())) {
                code = ExitCodes.CHECK_FAILED;
            }
        }
        if (failOnViolation && t.violations() > 0) {
            code = ExitCodes.CHECK_FAILED;
        }
        o.flush();
        return code;
    }

    static String outcomes(Map<Outcome, Long> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k.name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                .append(String.format("%,d", v)));
        return sb.toString();
    }
}
