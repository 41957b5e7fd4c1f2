package org.emplaw.core.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.emplaw.core.finding.Outcome;

/**
 * A finding a case expects. {@code rule} (a rule id) or {@code question} selects the finding, with
 * {@code subject} when several match; the rest must hold for it: the outcome, each amount (compared
 * by value), each missing fact (a substring of a named missing fact), the outcome of named parts
 * (prongs, by rule id or question), citations and parameters used (substrings), and named choices.
 */
public record Expectation(String rule, String question, String subject, Outcome outcome, Map<String, BigDecimal> amounts,
                          List<String> missing, Map<String, Outcome> parts, List<String> citations,
                          List<String> parameters, List<String> choices, List<String> warnings) {
    public Expectation {
        amounts = Map.copyOf(amounts);
        missing = List.copyOf(missing);
        parts = Map.copyOf(parts);
        citations = List.copyOf(citations);
        parameters = List.copyOf(parameters);
        choices = List.copyOf(choices);
        warnings = List.copyOf(warnings);
    }

    public String label() {
        return (rule != null ? rule : question) + (subject == null ? "" : " for " + subject);
    }
}
