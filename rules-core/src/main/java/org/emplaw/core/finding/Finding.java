package org.emplaw.core.finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to one legal question about one subject, with everything that decided it: the rule
 * (stable id and name), the law it implements, the outcome, any amounts with their computation,
 * the effective-dated parameter values used and the input facts read. Immutable.
 *
 * <p>Findings are normally built by a module's named Java functions and handed to the engine from
 * a DRL consequence; the engine stamps them with the firing rule's id, name and citation.
 */
public record Finding(
        String ruleId,
        String ruleName,
        String question,
        String subject,
        Outcome outcome,
        String reason,
        List<Amount> amounts,
        List<String> citations,
        List<ParameterUse> parameters,
        Map<String, String> facts,
        List<String> missing,
        List<String> warnings,
        List<String> choices,
        List<Finding> parts) {

    public Finding {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(outcome, "outcome");
        ruleId = ruleId == null ? "" : ruleId;
        ruleName = ruleName == null ? "" : ruleName;
        reason = reason == null ? "" : reason;
        amounts = List.copyOf(amounts == null ? List.of() : amounts);
        citations = List.copyOf(citations == null ? List.of() : citations);
        parameters = List.copyOf(parameters == null ? List.of() : parameters);
        facts = facts == null ? Map.of() : facts instanceof FrozenFacts ? facts : new FrozenFacts(facts);
        missing = List.copyOf(missing == null ? List.of() : missing);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        choices = List.copyOf(choices == null ? List.of() : choices);
        parts = List.copyOf(parts == null ? List.of() : parts);
    }

    /** The facts of a finding: an ordered, unmodifiable copy, shared (not copied again) by findings derived from it. */
    private static final class FrozenFacts extends java.util.AbstractMap<String, String> {
        private final Map<String, String> view;

        FrozenFacts(Map<String, String> facts) {
            this.view = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return view.entrySet();
        }

        @Override
        public String get(Object key) {
            return view.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return view.containsKey(key);
        }

        @Override
        public int size() {
            return view.size();
        }
    }

    /**
     * This finding stamped with the rule that made it: the rule's id and name when the finding has none, and its
     * citation first among the citations. Shares every list with this finding (they are immutable).
     */
    public Finding stampedBy(String id, String name, String citation) {
        boolean needsId = ruleId.isEmpty();
        boolean needsCite = citation != null && !citation.isBlank() && !citations.contains(citation);
        if (!needsId && !needsCite) {
            return this;
        }
        List<String> cites = citations;
        if (needsCite) {
            List<String> c = new ArrayList<>(citations.size() + 1);
            c.add(citation);
            c.addAll(citations);
            cites = c;
        }
        return new Finding(needsId ? id : ruleId, needsId ? name : ruleName, question, subject, outcome, reason, amounts,
                cites, parameters, facts, missing, warnings, choices, parts);
    }

    public static Builder of(String question, String subject) {
        return new Builder(question, subject);
    }

    /** The amount with this name, or {@code null}. */
    public Amount amount(String name) {
        for (Amount a : amounts) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** The sub-finding (prong) whose rule id or question equals {@code key}, or {@code null}. */
    public Finding part(String key) {
        for (Finding p : parts) {
            if (p.ruleId().equals(key) || p.question().equals(key)) {
                return p;
            }
        }
        return null;
    }

    public Builder toBuilder() {
        Builder b = new Builder(question, subject);
        b.ruleId = ruleId;
        b.ruleName = ruleName;
        b.outcome = outcome;
        b.reason = reason;
        b.amounts.addAll(amounts);
        b.citations.addAll(citations);
        b.parameters.addAll(parameters);
        b.facts.putAll(facts);
        b.missing.addAll(missing);
        b.warnings.addAll(warnings);
        b.choices.addAll(choices);
        b.parts.addAll(parts);
        return b;
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private final String question;
        private final String subject;
        private String ruleId;
        private String ruleName;
        private Outcome outcome;
        private String reason;
        private final List<Amount> amounts = new ArrayList<>();
        private final List<String> citations = new ArrayList<>();
        private final List<ParameterUse> parameters = new ArrayList<>();
        private final Map<String, String> facts = new LinkedHashMap<>();
        private final List<String> missing = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<String> choices = new ArrayList<>();
        private final List<Finding> parts = new ArrayList<>();

        private Builder(String question, String subject) {
            this.question = question;
            this.subject = subject;
        }

        public Builder rule(String id, String name) {
            this.ruleId = id;
            this.ruleName = name;
            return this;
        }

        public Builder outcome(Outcome o) {
            this.outcome = o;
            return this;
        }

        public Builder outcome(boolean met) {
            return outcome(met ? Outcome.MET : Outcome.NOT_MET);
        }

        public Builder reason(String r) {
            this.reason = r;
            return this;
        }

        public Builder amount(Amount a) {
            amounts.add(a);
            return this;
        }

        public Builder citation(String c) {
            if (c != null && !c.isBlank() && !citations.contains(c)) {
                citations.add(c);
            }
            return this;
        }

        /** Puts a citation first (the rule's own citation leads the list). */
        public Builder citationFirst(String c) {
            if (c != null && !c.isBlank()) {
                citations.remove(c);
                citations.add(0, c);
            }
            return this;
        }

        /** Adds every use of a looked-up figure of law (a derived value brings its inputs). */
        public Builder parameter(org.emplaw.core.law.ParameterValue v) {
            v.uses().forEach(this::parameter);
            return this;
        }

        public Builder parameter(ParameterUse p) {
            if (p == null) {
                return this;
            }
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) == p) {
                    return this; // the same shared entry (values from the law book share theirs)
                }
            }
            if (!parameters.contains(p)) {
                parameters.add(p);
                if (p.warning() != null && !warnings.contains(p.warning())) {
                    warnings.add(p.warning());
                }
            }
            return this;
        }

        public Builder parameters(List<ParameterUse> ps) {
            ps.forEach(this::parameter);
            return this;
        }

        public Builder fact(String name, Object value) {
            facts.put(name, value == null ? "(none)" : value instanceof java.math.BigDecimal bd
                    ? bd.toPlainString() : String.valueOf(value));
            return this;
        }

        public Builder missing(String factName) {
            if (!missing.contains(factName)) {
                missing.add(factName);
            }
            return this;
        }

        public Builder warning(String w) {
            if (w != null && !warnings.contains(w)) {
                warnings.add(w);
            }
            return this;
        }

        /** Names an interpretive choice the finding rests on (an ambiguity resolved by a documented option). */
        public Builder choice(String c) {
            if (c != null && !choices.contains(c)) {
                choices.add(c);
            }
            return this;
        }

        public Builder part(Finding f) {
            parts.add(f);
            return this;
        }

        public Finding build() {
            if (outcome == null) {
                throw new IllegalStateException("finding '" + question + "' for " + subject + " has no outcome");
            }
            return new Finding(ruleId, ruleName, question, subject, outcome, reason, amounts, citations,
                    parameters, facts, missing, warnings, choices, parts);
        }
    }
}
