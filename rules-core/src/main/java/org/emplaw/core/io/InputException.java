package org.emplaw.core.io;

/**
 * Bad input: names the record (file, line or case) and the field, so the person who supplied it can
 * fix it. Thrown by fact validation and by every reader; batches turn it into an error result for
 * that record and carry on.
 */
public class InputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String record;
    private final String field;
    private final String problem;

    public InputException(String record, String field, String problem) {
        super(format(record, field, problem));
        this.record = record;
        this.field = field;
        this.problem = problem;
    }

    private static String format(String record, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (record != null && !record.isEmpty()) {
            sb.append(record);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append("field '").append(field).append('\'');
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        return sb.append(problem).toString();
    }

    /** The record the problem is in (file:line, case name, fact id), or {@code null}. */
    public String record() {
        return record;
    }

    /** The field, or {@code null}. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    /** The same problem placed in a record (for example a file and line). */
    public InputException in(String outerRecord) {
        String r = record == null || record.isEmpty() ? outerRecord : outerRecord + " " + record;
        return new InputException(r, field, problem);
    }
}
