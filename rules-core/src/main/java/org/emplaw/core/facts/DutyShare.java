package org.emplaw.core.facts;

import java.math.BigDecimal;

/**
 * Share of working time spent on one kind of duty, as actually performed (not as described by title).
 *
 * @param kind        the kind of duty, a code defined by the module that reads it (for example
 *                    {@code executive}, {@code administrative}, {@code programming}, {@code outside_sales}, {@code non_exempt})
 * @param share       fraction of working time, 0 to 1
 * @param description what the work is, in words
 */
public record DutyShare(String kind, BigDecimal share, String description) {
    public DutyShare {
        kind = Check.code(Check.id(kind, "duty", "kind"));
        Check.required(share, "duty " + kind, "share");
        Check.between(share, BigDecimal.ZERO, BigDecimal.ONE, "duty " + kind, "share");
    }
}
