package org.emplaw.core.rules;

import java.util.List;

/** Helpers for rule functions that read facts. */
public final class RuleFacts {
    private RuleFacts() {
    }

    /** Returns {@code value}, or throws {@link MissingFactException} naming {@code fact} for {@code subject}. */
    public static <T> T require(T value, String subject, String fact) {
        if (value == null) {
            throw new MissingFactException(subject, List.of(fact));
        }
        return value;
    }
}
