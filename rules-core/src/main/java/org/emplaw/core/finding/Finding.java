package org.emplaw.core.finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The answer to one legal question about one subject, with everything that decided it: the rule
 * (stable id and name), the law it implements, the outcome, any amounts with their computation,
 * the effective-dated parameter values used and the input facts read. Immutable.
 *
 * <p>Findings are normally built by a module's named Java functions and handed to the engine from
 * a DRL consequence; the engine stamps them with the firing rule's id, name and citation.
 */
public final class Finding implements org.emplaw.core.io.RecordLike {
    private static final List<String> COMPONENTS = List.of("ruleId", "ruleName", "question", "subject", "outcome",
            "reason", "amounts", "citations", "parameters", "facts", "missing", "warnings", "choices", "parts");
    private final String ruleId;
    private final String ruleName;
    private final String question;
    private final String subject;
    private final Outcome outcome;
    private volatile Object reason;
    private final List<Amount> amounts;
    private final List<String> citations;
    private final List<ParameterUse> parameters;
    private final Map<String, String> facts;
    private final List<String> missing;
    private final List<String> warnings;
    private final List<String> choices;
    private final List<Finding> parts;

    public Finding(String ruleId, String ruleName, String question, String subject, Outcome outcome, String reason,
                   List<Amount> amounts, List<String> citations, List<ParameterUse> parameters, Map<String, String> facts,
                   List<String> missing, List<String> warnings, List<String> choices, List<Finding> parts) {
        this(ruleId, ruleName, question, subject, outcome, (Object) reason, immutable(amounts), immutable(citations),
                immutable(parameters), facts == null || facts.isEmpty() ? Map.of()
                : facts instanceof FrozenFacts ff ? ff : new FrozenFacts(facts),
                immutable(missing), immutable(warnings), immutable(choices), immutable(parts), true);
    }

    /** An immutable copy (the list itself when it already is one). */
    private static <T> List<T> immutable(List<T> l) {
        return List.copyOf(l == null ? List.of() : l);
    }

    /**
     * A finding whose lists are already unmodifiable and owned by it (a builder's lists handed over at
     * {@link Builder#build()}, or another finding's): kept as they are, not copied again. {@code facts} is a
     * {@link FrozenFacts} or empty.
     */
    private Finding(String ruleId, String ruleName, String question, String subject, Outcome outcome, Object reason,
                    List<Amount> amounts, List<String> citations, List<ParameterUse> parameters, Map<String, String> facts,
                    List<String> missing, List<String> warnings, List<String> choices, List<Finding> parts,
                    boolean trusted) {
        this.question = Objects.requireNonNull(question, "question");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.ruleId = ruleId == null ? "" : ruleId;
        this.ruleName = ruleName == null ? "" : ruleName;
        this.reason = Text.of(reason);
        this.amounts = amounts;
        this.citations = citations;
        this.parameters = parameters;
        this.facts = facts;
        this.missing = missing;
        this.warnings = warnings;
        this.choices = choices;
        this.parts = parts;
    }

    public String ruleId() {
        return ruleId;
    }

    public String ruleName() {
        return ruleName;
    }

    public String question() {
        return question;
    }

    public String subject() {
        return subject;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Why: written on first read when the rule gave it as a supplier ({@link Builder#reason(Supplier)}). */
    public String reason() {
        Object r = reason;
        if (r instanceof String s) {
            return s;
        }
        String s = Text.render(r);
        reason = s;
        return s;
    }

    public List<Amount> amounts() {
        return amounts;
    }

    public List<String> citations() {
        return citations;
    }

    public List<ParameterUse> parameters() {
        return parameters;
    }

    /** The input facts read, as text (values are turned into text on first read). */
    public Map<String, String> facts() {
        return facts;
    }

    public List<String> missing() {
        return missing;
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<String> choices() {
        return choices;
    }

    public List<Finding> parts() {
        return parts;
    }

    @Override
    public List<String> components() {
        return COMPONENTS;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Finding f && ruleId.equals(f.ruleId) && ruleName.equals(f.ruleName) && question.equals(f.question)
                && subject.equals(f.subject) && outcome == f.outcome && amounts.equals(f.amounts)
                && citations.equals(f.citations) && parameters.equals(f.parameters) && missing.equals(f.missing)
                && warnings.equals(f.warnings) && choices.equals(f.choices) && reason().equals(f.reason())
                && facts.equals(f.facts) && parts.equals(f.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, ruleName, question, subject, outcome, reason(), amounts, citations, parameters, facts,
                missing, warnings, choices, parts);
    }

    @Override
    public String toString() {
        return "Finding[ruleId=" + ruleId + ", ruleName=" + ruleName + ", question=" + question + ", subject=" + subject
                + ", outcome=" + outcome + ", reason=" + reason() + ", amounts=" + amounts + ", citations=" + citations
                + ", parameters=" + parameters + ", facts=" + facts + ", missing=" + missing + ", warnings=" + warnings
                + ", choices=" + choices + ", parts=" + parts + "]";
    }

    /**
     * The facts of a finding: an ordered, unmodifiable copy, shared (not copied again) by findings derived from it. The
     * values are kept as given and turned into text on first read (numbers in plain notation, {@code (none)} for null).
     */
    private static final class FrozenFacts extends java.util.AbstractMap<String, String> {
        private final Object[] raw;
        private volatile Map<String, String> view;

        /** From name, value pairs (a builder's facts, names distinct). */
        FrozenFacts(Object[] pairs) {
            this.raw = pairs;
        }

        FrozenFacts(Map<String, ?> facts) {
            Object[] r = new Object[facts.size() * 2];
            int i = 0;
            for (Map.Entry<String, ?> e : facts.entrySet()) {
                r[i++] = e.getKey();
                r[i++] = e.getValue();
            }
            this.raw = r;
        }

        private Map<String, String> view() {
            Map<String, String> v = view;
            if (v == null) {
                LinkedHashMap<String, String> m = new LinkedHashMap<>(raw.length);
                for (int i = 0; i < raw.length; i += 2) {
                    m.put((String) raw[i], text(raw[i + 1]));
                }
                v = Collections.unmodifiableMap(m);
                view = v;
            }
            return v;
        }

        void copyTo(List<Object> pairs) {
            for (Object o : raw) {
                pairs.add(o);
            }
        }

        static String text(Object value) {
            return value == null ? "(none)" : value instanceof String s ? s
                    : value instanceof java.math.BigDecimal bd ? bd.toPlainString() : String.valueOf(value);
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return view().entrySet();
        }

        @Override
        public String get(Object key) {
            return view().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return view().containsKey(key);
        }

        @Override
        public int size() {
            return raw.length / 2;
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
            String[] c = new String[citations.size() + 1];
            c[0] = citation;
            for (int i = 0; i < citations.size(); i++) {
                c[i + 1] = citations.get(i);
            }
            cites = List.of(c);
        }
        return new Finding(needsId ? id : ruleId, needsId ? name : ruleName, question, subject, outcome, reason, amounts,
                cites, parameters, facts, missing, warnings, choices, parts, true);
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
        return toBuilder(subject);
    }

    /** A builder holding everything of this finding but with another subject (its parts keep theirs). */
    public Builder toBuilder(String subject) {
        Builder b = new Builder(question, subject);
        b.ruleId = ruleId;
        b.ruleName = ruleName;
        b.outcome = outcome;
        b.reason = reason;
        b.amounts = copy(amounts);
        b.citations = copy(citations);
        b.parameters = copy(parameters);
        if (!facts.isEmpty()) {
            b.facts = new ArrayList<>(facts.size() * 2);
            if (facts instanceof FrozenFacts ff) {
                ff.copyTo(b.facts);
            } else {
                facts.forEach((k, v) -> {
                    b.facts.add(k);
                    b.facts.add(v);
                });
            }
        }
        b.missing = copy(missing);
        b.warnings = copy(warnings);
        b.choices = copy(choices);
        b.parts = copy(parts);
        return b;
    }

    private static <T> List<T> copy(List<T> l) {
        return l.isEmpty() ? null : new ArrayList<>(l);
    }

    /**
     * Builder; not thread-safe. Its lists are made on first use: a pay period builds dozens of findings, most with
     * only a few of the fourteen components. {@link #build()} hands its lists to the finding without copying them; a
     * builder used again after {@code build()} first copies them, so a built finding never changes.
     */
    public static final class Builder {
        private final String question;
        private final String subject;
        private String ruleId;
        private String ruleName;
        private Outcome outcome;
        private Object reason;
        private List<Amount> amounts;
        private List<String> citations;
        private List<ParameterUse> parameters;
        /** Name, value pairs in the order first given (a later value for a name replaces the earlier one). */
        private List<Object> facts;
        private List<String> missing;
        private List<String> warnings;
        private List<String> choices;
        private List<Finding> parts;
        /** The lists were handed to a built finding: copied before the next change. */
        private boolean handedOver;

        private Builder(String question, String subject) {
            this.question = question;
            this.subject = subject;
        }

        private <T> List<T> add(List<T> l, T x) {
            return add(l, x, 4);
        }

        /** Adds {@code x}; a new list starts with room for {@code capacity} entries. */
        private <T> List<T> add(List<T> l, T x, int capacity) {
            if (handedOver) {
                takeBack();
                return add(l == null ? null : new ArrayList<>(l), x, capacity);
            }
            List<T> out = l == null ? new ArrayList<>(capacity) : l;
            out.add(x);
            return out;
        }

        /** After {@link #build()}: fresh copies of the lists handed over (all but the facts, which a finding copies). */
        private void takeBack() {
            handedOver = false;
            amounts = copy(amounts);
            citations = copy(citations);
            parameters = copy(parameters);
            missing = copy(missing);
            warnings = copy(warnings);
            choices = copy(choices);
            parts = copy(parts);
        }

        private static <T> List<T> copy(List<T> l) {
            return l == null ? null : new ArrayList<>(l);
        }

        /** The list as the finding keeps it: unmodifiable, not copied. */
        private static <T> List<T> handOver(List<T> l) {
            return l == null ? List.of() : java.util.Collections.unmodifiableList(l);
        }

        private static <T> boolean has(List<T> l, T x) {
            return l != null && l.contains(x);
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

        /**
         * A reason written on first read of {@link Finding#reason()}: the supplier must only format values it captured
         * (immutable ones, or copies) and give the same text each time.
         */
        public Builder reason(Supplier<String> r) {
            this.reason = r;
            return this;
        }

        /** The reason given so far, written out ({@code ""} when none). */
        public String reasonText() {
            return reason == null ? "" : Text.render(reason);
        }

        public Builder amount(Amount a) {
            // a workweek's overtime finding has eight amounts and seven figures of law: room for them from the start
            amounts = add(amounts, a, 8);
            return this;
        }

        public Builder citation(String c) {
            if (c != null && !c.isBlank() && !has(citations, c)) {
                citations = add(citations, c);
            }
            return this;
        }

        /** Puts a citation first (the rule's own citation leads the list). */
        public Builder citationFirst(String c) {
            if (c != null && !c.isBlank()) {
                if (handedOver) {
                    takeBack();
                }
                if (citations == null) {
                    citations = new ArrayList<>(4);
                }
                citations.remove(c);
                citations.add(0, c);
            }
            return this;
        }

        /** Adds every use of a looked-up figure of law (a derived value brings its inputs). */
        public Builder parameter(org.emplaw.core.law.ParameterValue v) {
            List<ParameterUse> uses = v.uses();
            for (int i = 0; i < uses.size(); i++) {
                parameter(uses.get(i));
            }
            return this;
        }

        public Builder parameter(ParameterUse p) {
            if (p == null) {
                return this;
            }
            if (parameters != null) {
                for (int i = 0; i < parameters.size(); i++) {
                    if (parameters.get(i) == p) {
                        return this; // the same shared entry (values from the law book share theirs)
                    }
                }
            }
            if (!has(parameters, p)) {
                parameters = add(parameters, p, 8);
                if (p.warning() != null && !has(warnings, p.warning())) {
                    warnings = add(warnings, p.warning());
                }
            }
            return this;
        }

        public Builder parameters(List<ParameterUse> ps) {
            if (ps instanceof java.util.RandomAccess) {
                for (int i = 0; i < ps.size(); i++) {
                    parameter(ps.get(i));
                }
            } else {
                for (ParameterUse p : ps) {
                    parameter(p);
                }
            }
            return this;
        }

        public Builder fact(String name, Object value) {
            // kept as given (immutable values: numbers, dates, text) and turned into text when the finding is read; never
            // handed over (a finding keeps an array copy), so changed in place
            if (facts == null) {
                facts = new ArrayList<>(8);
            }
            for (int i = 0; i < facts.size(); i += 2) {
                if (facts.get(i).equals(name)) {
                    facts.set(i + 1, value);
                    return this;
                }
            }
            facts.add(name);
            facts.add(value);
            return this;
        }

        public Builder missing(String factName) {
            if (!has(missing, factName)) {
                missing = add(missing, factName);
            }
            return this;
        }

        public Builder warning(String w) {
            if (w != null && !has(warnings, w)) {
                warnings = add(warnings, w);
            }
            return this;
        }

        /** Names an interpretive choice the finding rests on (an ambiguity resolved by a documented option). */
        public Builder choice(String c) {
            if (c != null && !has(choices, c)) {
                choices = add(choices, c);
            }
            return this;
        }

        public Builder part(Finding f) {
            parts = add(parts, f);
            return this;
        }

        public Finding build() {
            if (outcome == null) {
                throw new IllegalStateException("finding '" + question + "' for " + subject + " has no outcome");
            }
            handedOver = true;
            return new Finding(ruleId, ruleName, question, subject, outcome, reason, handOver(amounts),
                    handOver(citations), handOver(parameters), facts == null || facts.isEmpty() ? Map.of()
                    : new FrozenFacts(facts.toArray()), handOver(missing), handOver(warnings), handOver(choices),
                    handOver(parts), true);
        }
    }
}
