package org.emplaw.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emplaw.core.io.InputException;

/**
 * One question about one subject: the as-of date (the date the law is asked about; nothing reads the
 * clock), a subject label for findings, the immutable facts, options (documented interpretive choices
 * of a module) and, optionally, the modules to ask.
 */
public record EvaluationRequest(LocalDate asOf, String subject, List<Object> facts, Map<String, String> options,
                                Set<String> modules) {
    public EvaluationRequest {
        if (asOf == null) {
            throw new InputException(subject, "as_of", "the evaluation date is required (it is never taken from the clock)");
        }
        subject = subject == null || subject.isBlank() ? "subject" : subject;
        facts = List.copyOf(facts == null ? List.of() : facts);
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        modules = modules == null ? Set.of() : Set.copyOf(modules);
    }

    public static Builder asOf(LocalDate asOf) {
        return new Builder(asOf);
    }

    /** Builder. */
    public static final class Builder {
        private final LocalDate asOf;
        private String subject;
        private final List<Object> facts = new ArrayList<>();
        private final Map<String, String> options = new LinkedHashMap<>();
        private final Set<String> modules = new LinkedHashSet<>();

        private Builder(LocalDate asOf) {
            this.asOf = asOf;
        }

        public Builder subject(String s) {
            this.subject = s;
            return this;
        }

        public Builder fact(Object f) {
            if (f == null) {
                throw new InputException(subject, "facts", "a fact is null");
            }
            facts.add(f);
            return this;
        }

        public Builder facts(Collection<?> fs) {
            fs.forEach(this::fact);
            return this;
        }

        public Builder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        public Builder options(Map<String, String> o) {
            options.putAll(o);
            return this;
        }

        public Builder module(String id) {
            modules.add(id);
            return this;
        }

        public EvaluationRequest build() {
            return new EvaluationRequest(asOf, subject, facts, options, modules);
        }
    }
}
