package org.emplaw.core.facts;

import java.time.LocalDate;
import java.util.Map;

/**
 * Inserted into every evaluation: the as-of date of the question (never the clock), the subject
 * label, and the request's options (documented per module, for example an interpretive choice).
 */
public record EvaluationContext(LocalDate asOf, String subject, Map<String, String> options) {
    public EvaluationContext {
        Check.required(asOf, "evaluation", "as_of");
        options = Check.map(options);
    }

    public String option(String key, String defaultValue) {
        return options.getOrDefault(key, defaultValue);
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(options.getOrDefault(key, "false"));
    }
}
