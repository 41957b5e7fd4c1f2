package org.emplaw.core.rules;

import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.MissingLawException;

/**
 * Where rules put their findings. Declared in DRL as {@code global org.emplaw.core.rules.Findings out;}
 * and used in a consequence as {@code out.add(SomeTest.evaluate($fact, law));}. The engine stamps each
 * finding with the firing rule's id, name and citation. One instance belongs to one session (one
 * thread at a time); it is reset for every evaluation.
 */
public final class Findings {
    private final List<Finding> findings = new ArrayList<>();
    private RuleRef current;
    private EvaluationContext context;

    /** Adds a finding from the rule now firing. */
    public void add(Finding f) {
        findings.add(stamp(f));
    }

    /** Adds a finding built with a builder. */
    public void add(Finding.Builder b) {
        add(b.build());
    }

    /** Adds every finding of a list (one rule may decide several questions). */
    public void addAll(List<Finding> fs) {
        for (Finding f : fs) {
            add(f);
        }
    }

    /** The evaluation's context (as-of date, subject, options). */
    public EvaluationContext context() {
        return context;
    }

    private Finding stamp(Finding f) {
        if (current == null) {
            return f;
        }
        return f.stampedBy(current.id(), current.name(), current.citation());
    }

    // ---- engine side -------------------------------------------------------------------------

    /** Starts an evaluation. */
    public void begin(EvaluationContext ctx) {
        findings.clear();
        current = null;
        context = ctx;
    }

    /** The rule about to fire. */
    public void enter(RuleRef rule) {
        current = rule;
    }

    /** The number of findings of the evaluation so far (called by the engine). */
    public int size() {
        return findings.size();
    }

    /** The findings of the evaluation so far, without copying or removing them (called by the engine; do not keep). */
    public List<Finding> peek() {
        return java.util.Collections.unmodifiableList(findings);
    }

    /** The findings of the evaluation so far. */
    public List<Finding> drain() {
        List<Finding> out = List.copyOf(findings);
        findings.clear();
        current = null;
        return out;
    }

    /**
     * The subject a missing-law or missing-fact exception names for its gap finding, or {@code null} when the finding is
     * named after the evaluation's subject instead (called by the engine).
     */
    public static String subjectNamedBy(RuntimeException e) {
        if (e instanceof MissingFactException m && m.subject() != null && !m.subject().isBlank()) {
            return m.subject();
        }
        return e instanceof MissingLawException m ? m.subject() : null;
    }

    /** Records the explicit outcome of a rule whose law or facts were missing (called by the engine). */
    public void gap(String subject, RuntimeException e) {
        String question = current == null ? "rule" : current.name();
        String named = subjectNamedBy(e);
        if (named != null) {
            subject = named;
        }
        Finding.Builder b = Finding.of(question, subject);
        if (e instanceof MissingLawException m) {
            boolean qualifier = m.reason() == MissingLawException.Reason.QUALIFIER_REQUIRED;
            b.outcome(qualifier ? Outcome.INSUFFICIENT_FACTS : Outcome.NEEDS_CONFIGURATION)
                    .reason(m.getMessage()).missing(m.reference());
        } else if (e instanceof MissingFactException m) {
            b.outcome(Outcome.INSUFFICIENT_FACTS).reason(m.getMessage());
            m.facts().forEach(b::missing);
        } else {
            throw e;
        }
        add(b.build());
    }
}
