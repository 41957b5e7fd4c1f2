package org.emplaw.examples.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The record of what happened to every input row, per file: read, then either evaluated (or, for
 * positions, loaded) or rejected as an error. At the end the counts must reconcile:
 * {@code read == evaluated + errors} for every file. Errors are passed to a listener (errors.csv) as
 * they happen. Single-threaded: the audit calls it from the thread that consumes results.
 */
public final class Ledger {
    /** Counts for one file. */
    public static final class Counts {
        long read;
        long evaluated;
        long errors;

        public long read() {
            return read;
        }

        public long evaluated() {
            return evaluated;
        }

        public long errors() {
            return errors;
        }

        public boolean reconciles() {
            return read == evaluated + errors;
        }
    }

    /** One error: the file, how many rows it covers, the first row, the message. */
    public record Error(String file, long rows, String ref, String message) {
    }

    private final Map<String, Counts> files = new LinkedHashMap<>();
    private final Consumer<Error> listener;
    private long errorCount;

    public Ledger(Consumer<Error> listener) {
        this.listener = listener;
    }

    private Counts of(String file) {
        return files.computeIfAbsent(file, k -> new Counts());
    }

    /** Declares a file (so it is listed even when empty). */
    public void file(String file) {
        of(file);
    }

    public void read(String file, long n) {
        of(file).read += n;
    }

    public void evaluated(String file, long n) {
        of(file).evaluated += n;
    }

    /** Rows read into memory and used as reference data (positions). */
    public void loaded(String file, long n) {
        of(file).evaluated += n;
    }

    public void error(String file, long rows, String ref, String message) {
        of(file).errors += rows;
        errorCount++;
        listener.accept(new Error(file, rows, ref, message));
    }

    public Map<String, Counts> files() {
        return files;
    }

    public long errorCount() {
        return errorCount;
    }

    public long rowsInError() {
        return files.values().stream().mapToLong(c -> c.errors).sum();
    }

    public boolean reconciles() {
        return files.values().stream().allMatch(Counts::reconciles);
    }

    /** One line per file: {@code pay.csv: 1,234 read = 1,230 evaluated + 4 errors}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        files.forEach((f, c) -> sb.append(String.format("  %-16s %,10d read = %,10d %s + %,6d errors%s%n", f, c.read,
                c.evaluated, f.startsWith("positions") ? "loaded   " : "evaluated", c.errors,
                c.reconciles() ? "" : "   DOES NOT RECONCILE")));
        return sb.toString();
    }
}
