package org.emplaw.examples.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.BatchInput;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.ParameterUse;
import org.emplaw.core.io.Json;
import org.emplaw.examples.report.AuditTotals;
import org.emplaw.examples.report.HtmlReport;

/**
 * One audit: streams the input folder through {@link PayrollJoin} into {@link Emplaw#evaluateAll}
 * (chunked, parallel, in input order), writes every finding to {@code findings.csv} and
 * {@code findings.jsonl} as results arrive, every rejected record to {@code errors.csv}, then the
 * HTML report and {@code summary.json}. Memory stays flat: nothing grows with the number of records
 * except bounded totals (see {@link AuditTotals}).
 */
public final class AuditRun {
    /** What to audit and where to write. */
    /**
     * What to audit and how. {@code perEmployee}: one request per employee holding all its pay periods (employee-level
     * questions once, Lab. Code 226(e) over all the wage statements) instead of one per pay period.
     */
    public record Config(Path data, Path out, LocalDate asOf, Map<String, String> options, Places places,
                         boolean progress, int topEmployees, String title, boolean perEmployee) {
        /** One request per pay period. */
        public Config(Path data, Path out, LocalDate asOf, Map<String, String> options, Places places, boolean progress,
                      int topEmployees, String title) {
            this(data, out, asOf, options, places, progress, topEmployees, title, false);
        }
    }

    /** What happened. */
    public record Result(Ledger ledger, AuditTotals totals, Path report, Path findingsCsv, Path findingsJsonl, Path errorsCsv,
                         Path summaryJson) {
        public boolean reconciles() {
            return ledger.reconciles();
        }
    }

    private AuditRun() {
    }

    public static Result run(Emplaw emplaw, Config cfg, PrintStream err) throws IOException {
        Files.createDirectories(cfg.out());
        Path findingsCsv = cfg.out().resolve("findings.csv");
        Path findingsJsonl = cfg.out().resolve("findings.jsonl");
        Path errorsCsv = cfg.out().resolve("errors.csv");
        List<Ledger.Error> firstErrors = new ArrayList<>();
        AuditTotals totals = new AuditTotals(cfg.topEmployees());
        try (BufferedWriter csv = Files.newBufferedWriter(findingsCsv, StandardCharsets.UTF_8);
             BufferedWriter jsonl = Files.newBufferedWriter(findingsJsonl, StandardCharsets.UTF_8);
             BufferedWriter errors = Files.newBufferedWriter(errorsCsv, StandardCharsets.UTF_8)) {
            csv.write("record,employee_id,pay_period_id,as_of,subject,rule_id,outcome,owed,question,reason,amounts,citations,missing,parameters\n");
            errors.write("file,record,rows,problem\n");
            Ledger ledger = new Ledger(e -> {
                if (firstErrors.size() < 200) {
                    firstErrors.add(e);
                }
                write(errors, CsvParser.quote(e.file()) + "," + CsvParser.quote(e.ref()) + "," + e.rows() + ","
                        + CsvParser.quote(e.message()) + "\n");
            });
            RowSource employees = RowSource.open(cfg.data(), InputSchema.EMPLOYEES);
            if (employees == null) {
                throw new RowSource.HeaderException(cfg.data().toString(), "employees",
                        "no employees.csv or employees.jsonl in the input folder");
            }
            RowSource positions = RowSource.open(cfg.data(), InputSchema.POSITIONS);
            RowSource time = RowSource.open(cfg.data(), InputSchema.TIME);
            RowSource pay = RowSource.open(cfg.data(), InputSchema.PAY);
            try {
                for (RowSource s : new RowSource[] {employees, positions, time, pay}) {
                    if (s != null) {
                        ledger.file(s.file());
                    }
                }
                Map<String, Position> pos = new HashMap<>();
                Map<String, String> posErrors = new HashMap<>();
                PayrollJoin.readPositions(positions, pos, posErrors, ledger);
                PayrollJoin join = new PayrollJoin(employees, time, pay, pos, posErrors, cfg.places(), cfg.asOf(),
                        cfg.options(), ledger, cfg.perEmployee());
                evaluate(emplaw, join, ledger, totals, csv, jsonl, employees.file(),
                        time == null ? "time" : time.file(), pay == null ? "pay" : pay.file(), cfg.progress(), err,
                        cfg.perEmployee());
            } finally {
                for (RowSource s : new RowSource[] {employees, positions, time, pay}) {
                    if (s != null) {
                        s.close();
                    }
                }
            }
            Path report = cfg.out().resolve("report.html");
            List<org.emplaw.core.Receipt.ModuleStamp> stamps = new ArrayList<>();
            emplaw.modules().forEach(m -> stamps.add(new org.emplaw.core.Receipt.ModuleStamp(m.id(),
                    m.version(), m.contentHash())));
            HtmlReport.Context ctx = new HtmlReport.Context(cfg.title(), cfg.data().toString(), Emplaw.version(), stamps,
                    firstErrors, ledger.errorCount(), ledger.files(), "findings.csv", "findings.jsonl", "errors.csv");
            Files.writeString(report, HtmlReport.render(totals, ctx), StandardCharsets.UTF_8);
            Path summary = cfg.out().resolve("summary.json");
            Files.writeString(summary, summaryJson(ledger, totals) + "\n", StandardCharsets.UTF_8);
            return new Result(ledger, totals, report, findingsCsv, findingsJsonl, errorsCsv, summary);
        }
    }

    private static void evaluate(Emplaw emplaw, PayrollJoin join, Ledger ledger, AuditTotals totals,
                                 Writer csv, Writer jsonl, String employeesFile, String timeFile, String payFile,
                                 boolean showProgress, PrintStream err, boolean perEmployee) {
        Deque<PayrollJoin.Unit> inFlight = new ArrayDeque<>();
        // the units by batch index, for the batch threads that render their findings
        Map<Long, PayrollJoin.Unit> byIndex = new java.util.concurrent.ConcurrentHashMap<>();
        long[] issued = {0};
        Iterator<BatchInput> inputs = join.inputs(u -> {
            inFlight.add(u);
            byIndex.put(issued[0]++, u);
        });
        long t0 = System.nanoTime();
        Progress progress = new Progress(err, showProgress, "evaluations", t0);
        // findings are rendered to CSV and JSON lines on the batch threads, in parallel; this thread only joins the input,
        // writes the rendered lines and adds up the totals (it was the bottleneck when it rendered them itself)
        int chunk = PayrollJoin.chunkSize(emplaw.chunkSize(), perEmployee);
        Iterator<Rendered> results = emplaw.evaluateAll(inputs, chunk, r -> render(r, byIndex.get(r.index())));
        AuditTotals.EmployeeStats current = null;
        long done = 0;
        while (results.hasNext()) {
            Rendered rendered = results.next();
            BatchResult r = rendered.result();
            byIndex.remove(r.index());
            PayrollJoin.Unit u = inFlight.poll();
            if (u == null) {
                throw new IllegalStateException("batch result without a unit: " + r.record());
            }
            if (current == null || !current.employeeId.equals(u.employeeId()) || !current.ref.equals(u.employeeRef())) {
                finishEmployee(current, totals, ledger, employeesFile);
                current = new AuditTotals.EmployeeStats(u.employeeId(), u.employeeRef());
            }
            if (r.ok()) {
                UnitAccounting.evaluated(ledger, u, timeFile, payFile);
                java.time.YearMonth requestMonth = java.time.YearMonth.from(r.result().request().asOf());
                totals.add(r.result(), current, f -> {
                    PayrollJoin.Period p = u.periodOf(f.subject());
                    return p == null ? requestMonth : java.time.YearMonth.from(p.end());
                });
                totals.payPeriodsEvaluated += u.periods().size() - u.skipped().size();
                write(csv, rendered.csv());
                write(jsonl, rendered.jsonl());
            } else if (UnitAccounting.failed(ledger, u, r.error(), employeesFile, timeFile, payFile)) {
                current = null;
            }
            done++;
            progress.update(done, join.progress(), System.nanoTime());
        }
        finishEmployee(current, totals, ledger, employeesFile);
        progress.finish();
    }

    private static void finishEmployee(AuditTotals.EmployeeStats e, AuditTotals totals, Ledger ledger, String employeesFile) {
        if (e == null) {
            return;
        }
        UnitAccounting.employeeFinished(ledger, employeesFile, e.employeeId, e.ref, e.evaluations);
        totals.finish(e);
    }

    /** A batch result with its findings rendered as lines of findings.csv and findings.jsonl. */
    private record Rendered(BatchResult result, String csv, String jsonl) {
    }

    /** Renders the findings of one result (on a batch thread). */
    private static Rendered render(BatchResult r, PayrollJoin.Unit u) {
        if (!r.ok()) {
            return new Rendered(r, "", "");
        }
        StringBuilder csv = new StringBuilder(1024 * r.result().findings().size());
        StringBuilder jsonl = new StringBuilder(4096 * r.result().findings().size());
        for (Finding f : r.result().findings()) {
            renderFinding(csv, jsonl, u, r.result(), f);
        }
        return new Rendered(r, csv.toString(), jsonl.toString());
    }

    private static void renderFinding(StringBuilder csv, StringBuilder jsonl, PayrollJoin.Unit u, EvaluationResult r, Finding f) {
        BigDecimal owed = AuditTotals.owed(f);
        // the record and pay period a finding is about: the unit's own pay period, or, in an employee's unit, the one its
        // subject names or dates (a finding about the employee has no pay period and points at the employee's row)
        PayrollJoin.Period period = u.periodOf(f.subject());
        String record = u.recordOf(period);
        String periodId = period == null ? null : period.id();
        StringBuilder amounts = new StringBuilder();
        for (Amount a : f.amounts()) {
            amounts.append(amounts.length() == 0 ? "" : "; ").append(a.name()).append('=').append(a.value().toPlainString())
                    .append(' ').append(a.unit());
        }
        List<String> params = new ArrayList<>();
        for (ParameterUse p : f.parameters()) {
            params.add(p.label());
        }
        String line = String.join(",", CsvParser.quote(record), CsvParser.quote(u.employeeId()),
                CsvParser.quote(periodId), r.request().asOf().toString(), CsvParser.quote(f.subject()),
                CsvParser.quote(f.ruleId()), f.outcome().name(), owed.signum() == 0 ? "" : owed.toPlainString(),
                CsvParser.quote(f.question()), CsvParser.quote(f.reason()), CsvParser.quote(amounts.toString()),
                CsvParser.quote(String.join("; ", f.citations())), CsvParser.quote(String.join("; ", f.missing())),
                CsvParser.quote(String.join("; ", params))) + "\n";
        csv.append(line);
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("record", record);
        j.put("employee_id", u.employeeId());
        j.put("pay_period_id", periodId);
        j.put("as_of", r.request().asOf().toString());
        j.put("finding", f);
        jsonl.append(Json.write(j)).append('\n');
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's counts in a fixed order (read, evaluated, errors), so the summary is byte-identical from run to run. */
    private static Map<String, Object> orderedCounts(Ledger.Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("read", c.read());
        m.put("evaluated", c.evaluated());
        m.put("errors", c.errors());
        return m;
    }

    static String summaryJson(Ledger ledger, AuditTotals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> files = new LinkedHashMap<>();
        ledger.files().forEach((f, c) -> files.put(f, orderedCounts(c)));
        m.put("files", files);
        m.put("reconciles", ledger.reconciles());
        m.put("errors", ledger.errorCount());
        m.put("evaluations", t.evaluations);
        m.put("pay_periods_evaluated", t.payPeriodsEvaluated);
        m.put("employees_evaluated", t.employeesEvaluated);
        m.put("findings", t.findings);
        m.put("violations", t.violations());
        m.put("owed", t.owed.toPlainString());
        Map<String, Object> rules = new LinkedHashMap<>();
        t.rules.forEach((id, rs) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            rs.outcomes.forEach((o, n) -> r.put(o.name().toLowerCase(java.util.Locale.ROOT), n));
            r.put("owed", rs.owed.toPlainString());
            r.put("employees_not_met", t.notMetEmployees.getOrDefault(id, 0L));
            rules.put(id, r);
        });
        m.put("rules", rules);
        return Json.write(m);
    }
}
