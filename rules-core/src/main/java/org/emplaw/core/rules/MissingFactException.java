package org.emplaw.core.rules;

import java.util.List;

/**
 * A fact the rule needs was not supplied. Thrown from a rule's Java function (usually through
 * {@link RuleFacts#require}); the engine turns it into an INSUFFICIENT_FACTS finding from the rule
 * that needed it, naming the missing facts, and carries on with the other rules.
 */
public final class MissingFactException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String subject;
    private final List<String> facts;

    public MissingFactException(String subject, List<String> facts) {
        super(subject + ": missing " + String.join(", ", facts));
        this.subject = subject;
        this.facts = List.copyOf(facts);
    }

    public String subject() {
        return subject;
    }

    public List<String> facts() {
        return facts;
    }
}
