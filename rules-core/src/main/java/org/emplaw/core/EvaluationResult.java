package org.emplaw.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.emplaw.core.engine.Firing;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.TraceEntry;
import org.emplaw.core.io.Json;
import org.emplaw.core.io.RecordMapper;

/**
 * The answer to an {@link EvaluationRequest}: the findings, the explanation trace (every rule that
 * fired, on which facts) and the receipt. Immutable; the trace and receipt are computed on first use.
 */
public final class EvaluationResult {
    private final EvaluationRequest request;
    private final List<Finding> findings;
    private final List<Firing> firings;
    private final List<Receipt.ModuleStamp> modules;
    private final String libraryVersion;
    private volatile List<TraceEntry> trace;
    private volatile Receipt receipt;

    EvaluationResult(EvaluationRequest request, List<Finding> findings, List<Firing> firings,
                     List<Receipt.ModuleStamp> modules, String libraryVersion) {
        this.request = request;
        this.findings = List.copyOf(findings);
        this.firings = List.copyOf(firings);
        this.modules = List.copyOf(modules);
        this.libraryVersion = libraryVersion;
    }

    public EvaluationRequest request() {
        return request;
    }

    public String subject() {
        return request.subject();
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> findings(Predicate<Finding> filter) {
        return findings.stream().filter(filter).toList();
    }

    /** Findings whose rule id starts with {@code prefix}. */
    public List<Finding> findingsOf(String prefix) {
        return findings(f -> f.ruleId().startsWith(prefix));
    }

    /** The explanation trace: every rule that fired, in order, with its citation and the facts it matched. */
    public List<TraceEntry> trace() {
        List<TraceEntry> t = trace;
        if (t == null) {
            List<TraceEntry> out = new ArrayList<>(firings.size());
            int i = 1;
            for (Firing f : firings) {
                List<String> facts = new ArrayList<>();
                for (Object o : f.facts()) {
                    facts.add(describe(o));
                }
                out.add(new TraceEntry(i++, f.rule().module(), f.rule().id(), f.rule().name(), f.rule().citation(), facts));
            }
            trace = t = List.copyOf(out);
        }
        return t;
    }

    /** The receipt (hashes computed on first call). */
    public Receipt receipt() {
        Receipt r = receipt;
        if (r == null) {
            List<Object> input = new ArrayList<>();
            input.add(request.asOf().toString());
            input.add(request.subject());
            input.add(new java.util.TreeMap<>(request.options()));
            for (Object f : request.facts()) {
                input.add(List.of(f.getClass().getSimpleName(), RecordMapper.toPlain(f)));
            }
            receipt = r = new Receipt(libraryVersion, modules, request.asOf(), sha256(Json.write(input)),
                    sha256(Json.write(findings)));
        }
        return r;
    }

    static String describe(Object o) {
        if (o instanceof org.emplaw.core.facts.EvaluationContext c) {
            return "evaluation as of " + c.asOf();
        }
        if (o instanceof Record r) {
            for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals("id")) {
                    try {
                        return r.getClass().getSimpleName() + " " + c.getAccessor().invoke(r);
                    } catch (ReflectiveOperationException e) {
                        break;
                    }
                }
            }
        }
        String s = String.valueOf(o);
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "EvaluationResult[" + request.subject() + " as of " + request.asOf() + ", " + findings.size() + " findings]";
    }
}
