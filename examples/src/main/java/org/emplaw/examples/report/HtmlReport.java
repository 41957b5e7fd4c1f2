package org.emplaw.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.emplaw.core.Receipt;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.finding.ParameterUse;
import org.emplaw.core.finding.TraceEntry;
import org.emplaw.examples.audit.Ledger;

/**
 * The audit report: one self-contained HTML file (no script, no external resources) with the
 * summary, the reconciliation of input records, charts as inline SVG, the totals by rule with their
 * citations, the employees with the most owed and, for each of them, a drill-down with every
 * violation, its computation, the figures of law used and the explanation trace.
 */
public final class HtmlReport {
    /** What the report describes besides the totals. */
    public record Context(String title, String inputs, String libraryVersion, List<Receipt.ModuleStamp> modules,
                          List<Ledger.Error> firstErrors, long errorCount, Map<String, Ledger.Counts> files,
                          String findingsCsv, String findingsJsonl, String errorsCsv) {
    }

    private HtmlReport() {
    }

    /** Dollars with two decimals, rounded half-up for display only (totals are kept unrounded). */
    public static String usd(BigDecimal v) {
        return String.format("$%,.2f", v.setScale(2, RoundingMode.HALF_UP));
    }

    public static String render(AuditTotals t, Context c) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.esc(c.title()))
                .append("</title><style>").append(CSS).append("</style></head><body>\n");
        sb.append("<h1>").append(Html.esc(c.title())).append("</h1>\n<p class=\"meta\">Inputs: ").append(Html.esc(c.inputs()))
                .append(" &middot; emplaw ").append(Html.esc(c.libraryVersion())).append(" &middot; modules: ");
        for (Receipt.ModuleStamp m : c.modules()) {
            sb.append("<code>").append(Html.esc(m.id())).append(' ').append(Html.esc(m.version())).append("</code> ");
        }
        sb.append("</p>\n<p class=\"note\">A violation is a finding whose outcome is NOT_MET; amounts owed are the findings' "
                + "<code>owed</code> amounts, summed unrounded and shown to the cent. Findings that could not be decided "
                + "(insufficient facts, needs judgment, needs configuration) are counted, never treated as compliant.</p>\n");

        sb.append("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
        card(sb, "Pay periods evaluated", String.format("%,d", t.payPeriodsEvaluated));
        card(sb, "Evaluations (requests)", String.format("%,d", t.evaluations));
        card(sb, "Employees evaluated", String.format("%,d", t.employeesEvaluated));
        card(sb, "Findings", String.format("%,d", t.findings));
        card(sb, "Violations", String.format("%,d", t.violations()));
        card(sb, "Employees with violations", String.format("%,d", t.employeesWithViolations));
        card(sb, "Amount owed", usd(t.owed));
        card(sb, "Input errors", String.format("%,d", c.errorCount()));
        sb.append("</div>\n<table id=\"outcomes\"><caption>Findings by outcome</caption><tr><th>outcome</th><th>findings</th></tr>");
        for (Outcome o : Outcome.values()) {
            sb.append("<tr><td>").append(o).append("</td><td class=\"num\">").append(String.format("%,d", t.outcomes.getOrDefault(o, 0L)))
                    .append("</td></tr>");
        }
        sb.append("</table></section>\n");

        sb.append("<section id=\"reconciliation\"><h2>Every input record accounted for</h2><table><tr><th>file</th><th>read</th>"
                + "<th>evaluated / loaded</th><th>errors</th><th>reconciles</th></tr>");
        c.files().forEach((f, n) -> sb.append("<tr><td>").append(Html.esc(f)).append("</td><td class=\"num\">")
                .append(String.format("%,d", n.read())).append("</td><td class=\"num\">").append(String.format("%,d", n.evaluated()))
                .append("</td><td class=\"num\">").append(String.format("%,d", n.errors())).append("</td><td>")
                .append(n.reconciles() ? "yes" : "<strong>NO</strong>").append("</td></tr>"));
        sb.append("</table><p>Findings: <a href=\"").append(Html.esc(c.findingsCsv())).append("\">").append(Html.esc(c.findingsCsv()))
                .append("</a>, <a href=\"").append(Html.esc(c.findingsJsonl())).append("\">").append(Html.esc(c.findingsJsonl()))
                .append("</a>; errors: <a href=\"").append(Html.esc(c.errorsCsv())).append("\">").append(Html.esc(c.errorsCsv()))
                .append("</a>.</p></section>\n");

        List<AuditTotals.RuleStats> rules = new ArrayList<>(t.rules.values());
        sb.append("<section id=\"charts\"><h2>Charts</h2>\n");
        List<Svg.Bar> owedBars = new ArrayList<>();
        rules.stream().filter(r -> r.owed.signum() > 0).sorted(Comparator.comparing((AuditTotals.RuleStats r) -> r.owed).reversed())
                .limit(20).forEach(r -> owedBars.add(new Svg.Bar(r.ruleId, r.owed, usd(r.owed))));
        sb.append(Svg.horizontal("chart-owed-by-rule", "Amount owed by rule", owedBars)).append('\n');
        List<Svg.Bar> violationBars = new ArrayList<>();
        rules.stream().filter(r -> r.count(Outcome.NOT_MET) > 0)
                .sorted(Comparator.comparingLong((AuditTotals.RuleStats r) -> r.count(Outcome.NOT_MET)).reversed())
                .limit(20).forEach(r -> violationBars.add(new Svg.Bar(r.ruleId, BigDecimal.valueOf(r.count(Outcome.NOT_MET)),
                        String.format("%,d", r.count(Outcome.NOT_MET)))));
        sb.append(Svg.horizontal("chart-violations-by-rule", "Violations by rule", violationBars)).append('\n');
        List<Svg.Bar> months = new ArrayList<>();
        for (Map.Entry<YearMonth, BigDecimal> e : t.owedByMonth.entrySet()) {
            months.add(new Svg.Bar(e.getKey().toString(), e.getValue(), usd(e.getValue())));
        }
        sb.append(Svg.columns("chart-owed-by-month", "Amount owed by month (pay periods ending in the month)", months)).append("</section>\n");

        sb.append("<section id=\"by-rule\"><h2>By rule</h2><table class=\"rules\"><tr><th>rule</th><th>law</th>");
        for (Outcome o : Outcome.values()) {
            sb.append("<th>").append(o.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append("</th>");
        }
        sb.append("<th>owed</th></tr>");
        for (AuditTotals.RuleStats r : rules) {
            sb.append("<tr><td><code>").append(Html.esc(r.ruleId)).append("</code><br><span class=\"small\">").append(Html.esc(r.ruleName))
                    .append("</span></td><td class=\"small\">").append(Html.esc(String.join("; ", r.citations)));
            if (!r.missing.isEmpty()) {
                sb.append("<br>missing: ").append(Html.esc(String.join(", ", r.missing)));
            }
            sb.append("</td>");
            for (Outcome o : Outcome.values()) {
                sb.append("<td class=\"num\">").append(String.format("%,d", r.count(o))).append("</td>");
            }
            sb.append("<td class=\"num\">").append(usd(r.owed)).append("</td></tr>");
        }
        if (rules.isEmpty()) {
            sb.append("<tr><td colspan=\"9\">No findings: no loaded rule module decided anything about these records.</td></tr>");
        }
        sb.append("</table></section>\n");

        List<AuditTotals.EmployeeStats> top = t.topEmployees();
        sb.append("<section id=\"by-employee\"><h2>By employee</h2><p>The ").append(top.size())
                .append(" employees with the most owed (of ").append(String.format("%,d", t.employeesWithViolations))
                .append(" with violations); every finding is in the findings files.</p><table class=\"employees\"><tr><th>employee</th>"
                        + "<th>record</th><th>evaluations</th><th>violations</th><th>owed</th></tr>");
        for (AuditTotals.EmployeeStats e : top) {
            sb.append("<tr><td><a href=\"#emp-").append(Html.id(e.employeeId)).append("\">").append(Html.esc(e.employeeId))
                    .append("</a></td><td>").append(Html.esc(e.ref)).append("</td><td class=\"num\">").append(e.evaluations)
                    .append("</td><td class=\"num\">").append(e.violations).append("</td><td class=\"num\">").append(usd(e.owed))
                    .append("</td></tr>");
        }
        sb.append("</table></section>\n<section id=\"drill-down\"><h2>Drill-down</h2>\n");
        for (AuditTotals.EmployeeStats e : top) {
            sb.append("<details class=\"employee\" id=\"emp-").append(Html.id(e.employeeId)).append("\"><summary>Employee ")
                    .append(Html.esc(e.employeeId)).append(": ").append(e.violations).append(" violations, ").append(usd(e.owed))
                    .append(" owed</summary>\n<table class=\"findings\"><tr><th>question</th><th>rule</th><th>outcome</th><th>why</th>"
                            + "<th>amounts</th><th>law</th></tr>");
            for (Finding f : e.violationFindings) {
                sb.append("<tr><td>").append(Html.esc(f.question())).append("<br><span class=\"small\">").append(Html.esc(f.subject()))
                        .append("</span></td><td><code>").append(Html.esc(f.ruleId())).append("</code></td><td>").append(f.outcome())
                        .append("</td><td>").append(Html.esc(f.reason())).append("</td><td>");
                for (Amount a : f.amounts()) {
                    sb.append("<div><strong>").append(Html.esc(a.name())).append("</strong> ").append(Html.esc(a.value().toPlainString()))
                            .append(' ').append(Html.esc(a.unit())).append("<br><span class=\"small\">").append(Html.esc(a.computation()))
                            .append("</span></div>");
                }
                sb.append("</td><td class=\"small\">").append(Html.esc(String.join("; ", f.citations())));
                for (ParameterUse p : f.parameters()) {
                    sb.append("<br>").append(Html.esc(p.label()));
                }
                sb.append("</td></tr>");
            }
            sb.append("</table>\n");
            if (!e.explanation.isEmpty()) {
                sb.append("<p>Explanation for ").append(Html.esc(e.explainedSubject)).append(": every rule that fired, in order</p><ol class=\"trace\">");
                for (TraceEntry te : e.explanation) {
                    sb.append("<li>").append(Html.esc(te.ruleName())).append(" <code>").append(Html.esc(te.ruleId())).append("</code> (")
                            .append(Html.esc(te.citation())).append(") on ").append(Html.esc(String.join(", ", te.matchedFacts())))
                            .append("</li>");
                }
                sb.append("</ol>");
            }
            if (!e.parameters.isEmpty()) {
                sb.append("<p>Figures of law used:</p><ul class=\"small\">");
                e.parameters.forEach(p -> sb.append("<li>").append(Html.esc(p)).append("</li>"));
                sb.append("</ul>");
            }
            sb.append("</details>\n");
        }
        sb.append("</section>\n<section id=\"errors\"><h2>Input errors</h2><p>").append(String.format("%,d", c.errorCount()))
                .append(" errors; the first ").append(c.firstErrors().size()).append(" are below, all are in ")
                .append(Html.esc(c.errorsCsv())).append(".</p><table><tr><th>record</th><th>rows</th><th>problem</th></tr>");
        for (Ledger.Error e : c.firstErrors()) {
            sb.append("<tr><td>").append(Html.esc(e.ref())).append("</td><td class=\"num\">").append(e.rows()).append("</td><td>")
                    .append(Html.esc(e.message())).append("</td></tr>");
        }
        sb.append("</table></section>\n</body></html>\n");
        return sb.toString();
    }

    private static void card(StringBuilder sb, String label, String value) {
        sb.append("<div class=\"card\"><div class=\"value\">").append(Html.esc(value)).append("</div><div class=\"label\">")
                .append(Html.esc(label)).append("</div></div>");
    }

    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
            + "th{background:#f3f3f3;text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums}"
            + ".cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #ccc;border-radius:6px;padding:10px 16px;min-width:140px}"
            + ".card .value{font-size:1.5em;font-weight:600}.card .label{color:#555}.small{font-size:.85em;color:#444}"
            + ".meta,.note{color:#555}.chart{display:block;margin:1em 0;font-size:12px}.chart rect{fill:#3b6ea5}"
            + ".chart-title{font-weight:600;font-size:14px}.axis{stroke:#888}.tick{font-size:10px}"
            + "details{margin:.5em 0;border:1px solid #ddd;padding:.5em}summary{cursor:pointer;font-weight:600}";
}
