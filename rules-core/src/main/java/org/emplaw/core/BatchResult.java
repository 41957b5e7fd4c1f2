package org.emplaw.core;

/**
 * The outcome of one batch record, in input order: a result, or an error naming the record (and, for
 * bad input, the field). Exactly one of {@code result} and {@code error} is set.
 */
public record BatchResult(long index, String record, EvaluationResult result, String error) {
    public boolean ok() {
        return result != null;
    }
}
