package org.emplaw.core.law;

import java.time.LocalDate;

/**
 * A figure of law could not be given for a date: before the table's coverage, unverified, past the
 * date up to which it is known, not defined, or its qualifier (for example the employer-size tier)
 * was not supplied. Rules that meet it produce a NEEDS_CONFIGURATION (or INSUFFICIENT_FACTS, for a
 * missing qualifier) finding naming the parameter; it never becomes a silent default.
 */
public final class MissingLawException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why no value could be given. */
    public enum Reason {
        NOT_DEFINED, BEFORE_COVERAGE, UNVERIFIED, AFTER_KNOWN_UNTIL, QUALIFIER_REQUIRED, NO_VALUE_FOR_QUALIFIER
    }

    private final String parameter;
    private final String qualifier;
    private final LocalDate date;
    private final Reason reason;
    private final String detail;
    private final String subject;

    public MissingLawException(String parameter, String qualifier, LocalDate date, Reason reason, String detail) {
        this(parameter, qualifier, date, reason, detail, null);
    }

    private MissingLawException(String parameter, String qualifier, LocalDate date, Reason reason, String detail,
                                String subject) {
        super(describe(parameter, qualifier, date, reason, detail));
        this.parameter = parameter;
        this.qualifier = qualifier;
        this.date = date;
        this.reason = reason;
        this.detail = detail;
        this.subject = subject;
    }

    /** A fresh exception with the same content (memoised failures are rethrown as copies). */
    public MissingLawException copy() {
        return new MissingLawException(parameter, qualifier, date, reason, detail, subject);
    }

    /** The same gap, about a particular subject (the finding it becomes names that subject). */
    public MissingLawException about(String aboutSubject) {
        return new MissingLawException(parameter, qualifier, date, reason, detail, aboutSubject);
    }

    /** The subject the gap concerns, or {@code null} (then the evaluation's subject). */
    public String subject() {
        return subject;
    }

    private static String describe(String p, String q, LocalDate d, Reason r, String detail) {
        String what = p + (q == null ? "" : "[" + q + "]") + " on " + d;
        String why = switch (r) {
            case NOT_DEFINED -> "is not defined by any loaded module";
            case BEFORE_COVERAGE -> "is before the first date the table covers";
            case UNVERIFIED -> "is unverified and must be supplied (parameter overlay)";
            case AFTER_KNOWN_UNTIL -> "is past the date up to which the value is known; supply the new value";
            case QUALIFIER_REQUIRED -> "depends on a qualifier that was not given";
            case NO_VALUE_FOR_QUALIFIER -> "has no value for this qualifier";
        };
        return "parameter " + what + " " + why + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }

    public String parameter() {
        return parameter;
    }

    public String qualifier() {
        return qualifier;
    }

    public LocalDate date() {
        return date;
    }

    public Reason reason() {
        return reason;
    }

    /** The parameter reference as named in findings: {@code name[qualifier]@date}. */
    public String reference() {
        return parameter + (qualifier == null ? "" : "[" + qualifier + "]") + "@" + date;
    }
}
