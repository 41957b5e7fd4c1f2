package org.emplaw.core;

/**
 * An evaluation that could not complete for a reason other than missing law or facts (those become
 * explicit findings): for example a rule that failed. Names the subject and the cause.
 */
public final class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvaluationException(String subject, Throwable cause) {
        super("evaluation of " + subject + " failed: " + rootMessage(cause), cause);
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c && !(c instanceof org.emplaw.core.engine.GapHandler.RuleFailedException)) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
