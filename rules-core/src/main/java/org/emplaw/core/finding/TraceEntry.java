package org.emplaw.core.finding;

import java.util.List;

/**
 * One rule that fired during an evaluation: which rule, the law it cites, and the facts it matched
 * (as short descriptions).
 */
public record TraceEntry(int sequence, String module, String ruleId, String ruleName, String citation,
                         List<String> matchedFacts) {
    public TraceEntry {
        matchedFacts = List.copyOf(matchedFacts);
    }

    @Override
    public String toString() {
        return "#" + sequence + " [" + module + "] " + ruleName + " (" + ruleId + "; " + citation + ") on "
                + String.join(", ", matchedFacts);
    }
}
