package org.emplaw.la.civilservice.list;

import java.util.List;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.la.civilservice.Options;
import org.emplaw.la.civilservice.exam.ScoredCandidate;

/**
 * Charter 1009: "Names of candidates shall be removed from the register of eligibles for promotion after they have
 * remained on the register for two years without re-examination." A re-examination makes a new entry on the new
 * examination's list (fact sheet A11).
 */
public final class PromotionalListLife {
    public static final String QUESTION = "The name remains on the promotional register";

    private PromotionalListLife() {
    }

    public static Finding evaluate(Exam e, ScoredCandidate s, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guard(QUESTION, "candidate " + s.candidateId(), () -> decide(e, s, law, ctx));
    }

    private static Finding decide(Exam e, ScoredCandidate s, LawBook law, EvaluationContext ctx) {
        Availability a = new Availability(e, List.of(), law, ctx);
        java.time.LocalDate last = a.lastDayOnPromotionalList(s);
        boolean on = !ctx.asOf().isAfter(last);
        return Finding.of(QUESTION, "candidate " + s.candidateId()).fact("exam", e.id())
                .fact("listed_on", s.listedOn() != null ? s.listedOn() : e.reportAdopted() + " (report adopted)")
                .parameter(a.promotionalYears()).choice(Options.periodChoice(ctx))
                .outcome(on).reason(on ? "on the register through " + last : "removed: the last day on the register was " + last)
                .build();
    }
}
