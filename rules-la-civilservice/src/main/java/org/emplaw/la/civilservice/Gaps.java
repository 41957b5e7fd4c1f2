package org.emplaw.la.civilservice;

import java.util.List;
import java.util.function.Supplier;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.rules.MissingFactException;

/**
 * Turns missing law or facts met while deciding one subject into that subject's explicit finding (NEEDS_CONFIGURATION
 * or INSUFFICIENT_FACTS, naming what is missing), so a gap is reported against the candidate, employee or list it
 * concerns rather than the whole request.
 */
public final class Gaps {
    private Gaps() {
    }

    public static Finding guard(String question, String subject, Supplier<Finding> decide) {
        try {
            return decide.get();
        } catch (MissingLawException m) {
            return Finding.of(question, subject).outcome(m.reason() == MissingLawException.Reason.QUALIFIER_REQUIRED
                    ? Outcome.INSUFFICIENT_FACTS : Outcome.NEEDS_CONFIGURATION).reason(m.getMessage()).missing(m.reference()).build();
        } catch (MissingFactException m) {
            Finding.Builder b = Finding.of(question, subject).outcome(Outcome.INSUFFICIENT_FACTS).reason(m.getMessage());
            m.facts().forEach(b::missing);
            return b.build();
        }
    }

    public static List<Finding> guardAll(String question, String subject, Supplier<List<Finding>> decide) {
        try {
            return decide.get();
        } catch (MissingLawException | MissingFactException e) {
            return List.of(guard(question, subject, () -> {
                throw e;
            }));
        }
    }
}
