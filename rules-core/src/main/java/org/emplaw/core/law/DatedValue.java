package org.emplaw.core.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a parameter table: a value in force from a date, for a qualifier, with its source.
 *
 * @param effectiveFrom first day in force (inclusive); it stays in force until the next row
 * @param qualifier     what the value is restricted to ({@code *} = applies to all)
 * @param value         a {@link BigDecimal}, {@link String}, {@link Boolean}, {@link LocalDate},
 *                      {@link List} or {@link Map}; {@code null} only for an unverified row
 * @param citation      where the value comes from (required)
 * @param status        how it is known
 * @param note          optional remark (conflicts between sources, corrections)
 */
public record DatedValue(LocalDate effectiveFrom, String qualifier, Object value, String citation,
                         SourceStatus status, String note) {
    public static final String ANY = "*";

    public DatedValue {
        Objects.requireNonNull(effectiveFrom, "effective_from");
        qualifier = qualifier == null || qualifier.isBlank() ? ANY : qualifier;
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("a parameter value needs a citation");
        }
        Objects.requireNonNull(status, "status");
        if (value == null && status.usable()) {
            throw new IllegalArgumentException("only an unverified value may be empty");
        }
    }

    /** The value as text, numbers in plain notation. */
    public String text() {
        if (value instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        return String.valueOf(value);
    }
}
