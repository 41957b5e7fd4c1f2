package org.emplaw.examples.report;

import java.util.List;
import java.util.Map;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.Receipt;
import org.emplaw.core.facts.FactTypes;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.ParameterUse;
import org.emplaw.core.finding.TraceEntry;
import org.emplaw.core.io.Json;

/** One evaluation's full explanation as text: the facts, every finding with why, the law and figures used, the trace, the receipt. */
public final class Explanation {
    private Explanation() {
    }

    public static String text(EvaluationResult r, Map<String, Class<? extends Record>> types) {
        StringBuilder sb = new StringBuilder();
        sb.append("Explanation for ").append(r.subject()).append(" as of ").append(r.request().asOf()).append('\n');
        if (!r.request().options().isEmpty()) {
            sb.append("Options: ").append(r.request().options()).append('\n');
        }
        sb.append("\nFacts given:\n");
        for (Object f : r.request().facts()) {
            sb.append("  ").append(FactTypes.keyOf(f.getClass(), types)).append(": ").append(Json.write(f)).append('\n');
        }
        sb.append("\nFindings (").append(r.findings().size()).append("):\n");
        int i = 1;
        for (Finding f : r.findings()) {
            finding(sb, f, "  ", i++ + ". ");
        }
        if (r.findings().isEmpty()) {
            sb.append("  none: no loaded module decided anything about these facts\n");
        }
        sb.append("\nRules that fired, in order:\n");
        for (TraceEntry t : r.trace()) {
            sb.append("  ").append(t).append('\n');
        }
        Receipt rc = r.receipt();
        sb.append("\nReceipt: emplaw ").append(rc.libraryVersion()).append(", as of ").append(rc.asOf()).append(", input sha256 ")
                .append(rc.inputHash(), 0, 16).append("..., findings sha256 ").append(rc.findingsHash(), 0, 16).append("...\n");
        for (Receipt.ModuleStamp m : rc.modules()) {
            sb.append("  module ").append(m.id()).append(' ').append(m.version()).append(" rules sha256 ").append(m.rulesHash(), 0, 16)
                    .append("...\n");
        }
        return sb.toString();
    }

    private static void finding(StringBuilder sb, Finding f, String indent, String bullet) {
        sb.append(indent).append(bullet).append('[').append(f.outcome()).append("] ").append(f.question()).append('\n');
        String in = indent + " ".repeat(bullet.length());
        sb.append(in).append("rule: ").append(f.ruleId()).append(f.ruleName().isEmpty() ? "" : " \"" + f.ruleName() + "\"")
                .append("; subject: ").append(f.subject()).append('\n');
        if (!f.reason().isEmpty()) {
            sb.append(in).append("why: ").append(f.reason()).append('\n');
        }
        for (Amount a : f.amounts()) {
            sb.append(in).append(a.name()).append(" = ").append(a.value().toPlainString()).append(' ').append(a.unit());
            if (!a.computation().isEmpty()) {
                sb.append(": ").append(a.computation());
            }
            sb.append('\n');
        }
        if (!f.citations().isEmpty()) {
            sb.append(in).append("law: ").append(String.join("; ", f.citations())).append('\n');
        }
        for (ParameterUse p : f.parameters()) {
            sb.append(in).append("figure: ").append(p.label()).append(" applied on ").append(p.appliedOn()).append(" [")
                    .append(p.status()).append("] ").append(p.citation()).append(p.warning() == null ? "" : " WARNING: " + p.warning())
                    .append('\n');
        }
        if (!f.facts().isEmpty()) {
            sb.append(in).append("facts read: ");
            List<String> kv = f.facts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
            sb.append(String.join(", ", kv)).append('\n');
        }
        if (!f.missing().isEmpty()) {
            sb.append(in).append("missing: ").append(String.join(", ", f.missing())).append('\n');
        }
        for (String c : f.choices()) {
            sb.append(in).append("choice: ").append(c).append('\n');
        }
        for (String w : f.warnings()) {
            sb.append(in).append("warning: ").append(w).append('\n');
        }
        int j = 1;
        for (Finding p : f.parts()) {
            finding(sb, p, in, "(" + j++ + ") ");
        }
    }
}
