package org.emplaw.core.engine;

import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.rules.MissingFactException;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Turns a rule consequence that met missing law or missing facts into an explicit finding from that
 * rule (NEEDS_CONFIGURATION or INSUFFICIENT_FACTS, naming what is missing), and lets the other rules
 * run. Any other exception fails the evaluation of this subject (reported as an error for the record).
 */
public final class GapHandler implements ConsequenceExceptionHandler {
    static final ThreadLocal<SessionEvaluator> CURRENT = new ThreadLocal<>();

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        Throwable t = exception;
        while (t != null && !(t instanceof MissingLawException) && !(t instanceof MissingFactException)) {
            t = t.getCause();
        }
        SessionEvaluator ev = CURRENT.get();
        if (t == null || ev == null) {
            throw new RuleFailedException(match.getRule().getName(), exception);
        }
        ev.gap(match, (RuntimeException) t);
    }

    /** A rule's consequence failed for a reason other than missing law or facts. */
    public static final class RuleFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RuleFailedException(String rule, Throwable cause) {
            super("rule \"" + rule + "\" failed: " + cause, cause);
        }
    }
}
