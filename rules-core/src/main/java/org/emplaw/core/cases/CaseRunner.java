package org.emplaw.core.cases;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.finding.ParameterUse;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.Json;
import org.emplaw.core.io.RecordMapper;
import org.emplaw.core.law.DatedValue;
import org.emplaw.core.law.ParameterOverlay;
import org.emplaw.core.io.Values;
import org.emplaw.core.module.RuleModule;

/**
 * Runs YAML cases against rule modules. Used by every module's tests (through {@link CaseTests}) and by
 * {@code emplaw test}. Cases that supply figures of law ({@code overlay:}) get an evaluator of their
 * own; the others share one. KieBases are cached per JVM, so this is cheap.
 */
public final class CaseRunner implements AutoCloseable {
    private final List<RuleModule> modules;
    private final Emplaw shared;

    public CaseRunner(Collection<? extends RuleModule> modules) {
        this.modules = List.copyOf(modules);
        this.shared = Emplaw.builder().threads(1).modulesList(this.modules).build();
    }

    /** Reads and runs every case file a module lists. */
    public List<CaseResult> runModule(RuleModule m) {
        List<CaseResult> out = new ArrayList<>();
        for (String path : m.descriptor().cases()) {
            out.addAll(run(read(m, path), m.location() + "/" + path));
        }
        return out;
    }

    /** The text of one of a module's files (a case file listed in its descriptor). */
    public static String read(RuleModule m, String path) {
        try (InputStream in = m.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(m.location() + "/" + path, null, "cannot be read: " + e);
        }
    }

    /** Parses and runs a case file's text. */
    public List<CaseResult> run(String yaml, String origin) {
        List<CaseResult> out = new ArrayList<>();
        for (TestCase tc : CaseFiles.parse(yaml, origin)) {
            out.add(run(tc));
        }
        return out;
    }

    public CaseResult run(TestCase tc) {
        EvaluationResult result;
        try {
            EvaluationRequest.Builder rb = EvaluationRequest.asOf(tc.asOf())
                    .subject(tc.subject() == null ? tc.name() : tc.subject()).options(tc.options());
            tc.modules().forEach(rb::module);
            for (int i = 0; i < tc.facts().size(); i++) {
                rb.fact(fact(tc.facts().get(i), "case '" + tc.name() + "' facts[" + i + "]"));
            }
            EvaluationRequest req = rb.build();
            if (tc.overlay().isEmpty()) {
                result = shared.evaluate(req);
            } else {
                try (Emplaw e = Emplaw.builder().threads(1).modulesList(modules).overlay(overlay(tc)).build()) {
                    result = e.evaluate(req);
                }
            }
        } catch (RuntimeException e) {
            return new CaseResult(tc, List.of("evaluation failed: " + e), null);
        }
        return new CaseResult(tc, check(tc, result), result);
    }

    private Object fact(Object entry, String where) {
        if (!(entry instanceof Map<?, ?> m) || m.size() != 1) {
            throw new InputException(where, null, "each fact is a single {kind: {...}} entry, kinds: "
                    + shared.factTypes().keySet());
        }
        Map.Entry<?, ?> e = m.entrySet().iterator().next();
        Class<? extends Record> type = shared.factTypes().get(String.valueOf(e.getKey()));
        if (type == null) {
            throw new InputException(where, String.valueOf(e.getKey()), "unknown fact kind (known: "
                    + shared.factTypes().keySet() + ")");
        }
        return RecordMapper.read(e.getValue(), type, where + " " + e.getKey());
    }

    private static ParameterOverlay overlay(TestCase tc) {
        ParameterOverlay.Builder b = ParameterOverlay.builder();
        for (Map<String, Object> o : tc.overlay()) {
            String name = String.valueOf(o.get("name"));
            Object q = o.get("qualifier");
            Object raw = o.get("value");
            Object value = raw instanceof List<?> || raw instanceof Map<?, ?> ? raw : Values.guess(raw);
            b.value(name, Values.isAbsent(q) ? DatedValue.ANY : String.valueOf(q),
                    Values.date(o.get("effective_from"), "overlay.effective_from"), value,
                    Values.isAbsent(o.get("citation")) ? "supplied by case '" + tc.name() + "'" : String.valueOf(o.get("citation")));
        }
        return b.build();
    }

    static List<String> check(TestCase tc, EvaluationResult r) {
        List<String> problems = new ArrayList<>();
        for (Expectation e : tc.expect()) {
            List<Finding> candidates = new ArrayList<>();
            for (Finding f : r.findings()) {
                boolean sel = e.rule() != null ? f.ruleId().equals(e.rule()) : f.question().equals(e.question());
                if (sel && (e.subject() == null || f.subject().equals(e.subject()))) {
                    candidates.add(f);
                }
            }
            if (candidates.isEmpty()) {
                problems.add("expected a finding " + e.label() + " with outcome " + e.outcome() + ", but there is none");
                continue;
            }
            List<String> best = null;
            for (Finding f : candidates) {
                List<String> p = compare(e, f);
                if (best == null || p.size() < best.size()) {
                    best = p;
                }
                if (p.isEmpty()) {
                    break;
                }
            }
            problems.addAll(best);
        }
        for (String rule : tc.absent()) {
            for (Finding f : r.findings()) {
                if (f.ruleId().equals(rule)) {
                    problems.add("expected no finding from " + rule + ", but found: " + describe(f));
                }
            }
        }
        return problems;
    }

    private static List<String> compare(Expectation e, Finding f) {
        List<String> p = new ArrayList<>();
        String who = e.label() + " (" + f.subject() + ")";
        if (f.outcome() != e.outcome()) {
            p.add(who + ": expected outcome " + e.outcome() + ", actual " + f.outcome() + " (" + f.reason() + ")");
        }
        for (Map.Entry<String, BigDecimal> a : e.amounts().entrySet()) {
            Amount actual = f.amount(a.getKey());
            if (actual == null) {
                p.add(who + ": expected amount " + a.getKey() + " = " + a.getValue().toPlainString() + ", actual: none (amounts: "
                        + f.amounts().stream().map(Amount::name).toList() + ")");
            } else if (actual.value().compareTo(a.getValue()) != 0) {
                p.add(who + ": expected amount " + a.getKey() + " = " + a.getValue().toPlainString() + ", actual "
                        + actual.value().toPlainString() + " (" + actual.computation() + ")");
            }
        }
        for (String m : e.missing()) {
            if (f.missing().stream().noneMatch(x -> x.contains(m))) {
                p.add(who + ": expected missing fact '" + m + "', actual missing " + f.missing());
            }
        }
        for (Map.Entry<String, Outcome> part : e.parts().entrySet()) {
            Finding pf = null;
            for (Finding x : f.parts()) {
                if (x.ruleId().equals(part.getKey()) || x.question().equals(part.getKey())
                        || x.ruleId().endsWith("." + part.getKey())) {
                    pf = x;
                }
            }
            if (pf == null) {
                p.add(who + ": expected part " + part.getKey() + ", actual parts "
                        + f.parts().stream().map(Finding::ruleId).toList());
            } else if (pf.outcome() != part.getValue()) {
                p.add(who + ": expected part " + part.getKey() + " " + part.getValue() + ", actual " + pf.outcome()
                        + " (" + pf.reason() + ")");
            }
        }
        for (String c : e.citations()) {
            if (f.citations().stream().noneMatch(x -> x.contains(c))) {
                p.add(who + ": expected a citation containing '" + c + "', actual " + f.citations());
            }
        }
        for (String par : e.parameters()) {
            if (f.parameters().stream().noneMatch(x -> x.label().contains(par))) {
                p.add(who + ": expected parameter '" + par + "', actual "
                        + f.parameters().stream().map(ParameterUse::label).toList());
            }
        }
        for (String ch : e.choices()) {
            if (f.choices().stream().noneMatch(x -> x.contains(ch))) {
                p.add(who + ": expected choice '" + ch + "', actual " + f.choices());
            }
        }
        for (String w : e.warnings()) {
            if (f.warnings().stream().noneMatch(x -> x.contains(w))) {
                p.add(who + ": expected warning '" + w + "', actual " + f.warnings());
            }
        }
        return p;
    }

    /** One line for a finding: rule, subject, outcome, amounts, missing. */
    public static String describe(Finding f) {
        Map<String, String> amounts = new LinkedHashMap<>();
        f.amounts().forEach(a -> amounts.put(a.name(), a.value().toPlainString()));
        StringBuilder sb = new StringBuilder();
        sb.append(f.ruleId()).append(" | ").append(f.subject()).append(" | ").append(f.outcome());
        if (!amounts.isEmpty()) {
            sb.append(" | ").append(Json.write(amounts));
        }
        if (!f.missing().isEmpty()) {
            sb.append(" | missing ").append(f.missing());
        }
        if (!f.parts().isEmpty()) {
            sb.append(" | parts ");
            f.parts().forEach(x -> sb.append(x.ruleId()).append('=').append(x.outcome()).append(' '));
        }
        if (!f.reason().isEmpty()) {
            sb.append(" | ").append(f.reason());
        }
        return sb.toString();
    }

    @Override
    public void close() {
        shared.close();
    }
}
