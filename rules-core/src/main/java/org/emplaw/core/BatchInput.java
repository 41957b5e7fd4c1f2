package org.emplaw.core;

import java.util.function.Supplier;

/**
 * One record of a batch: a reference to where it came from (file and line, or an index) and a way to
 * build its request. Building may fail (bad input); the batch then reports an error for this record
 * and carries on.
 */
public record BatchInput(String record, Supplier<EvaluationRequest> request) {
    public static BatchInput of(String record, EvaluationRequest request) {
        return new BatchInput(record, () -> request);
    }
}
