package org.emplaw.la.civilservice.list;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.emplaw.core.facts.CertificationRequest;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ExamType;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.la.civilservice.exam.ScoredCandidate;

/**
 * Charter 1009: "Upon the written request of the appointing authority, the board may certify the names of those
 * applicants having the highest ratings on the open competitive eligible list whose scores before adjustment for
 * preferential credits are higher than the score of the highest available applicant on the promotional eligible
 * register after credits for past service have been added." The comparison is strict.
 */
public final class DualCertification {
    public static final String QUESTION = "The open competitive eligible may be certified with the promotional register";

    private DualCertification() {
    }

    @SuppressWarnings("unchecked")
    public static List<Finding> evaluate(CertificationRequest r, Exam promo, Exam open, Collection<?> promoScored,
                                         Collection<?> openScored, Collection<?> actions, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guardAll(QUESTION, r.subject(),
                () -> decide(r, promo, open, promoScored, openScored, actions, law, ctx));
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> decide(CertificationRequest r, Exam promo, Exam open, Collection<?> promoScored,
                                        Collection<?> openScored, Collection<?> actions, LawBook law, EvaluationContext ctx) {
        Finding.Builder sum = Finding.of(QUESTION, r.subject()).fact("promotional_exam", promo.id()).fact("open_exam", open.id())
                .fact("written_request", r.writtenRequest());
        if (!promo.type().promotional() || open.type() != ExamType.OPEN_COMPETITIVE) {
            return List.of(sum.outcome(Outcome.NOT_APPLICABLE).reason("dual certification pairs a promotional register ("
                    + promo.id() + " is " + promo.type() + ") with an open competitive list (" + open.id() + " is " + open.type() + ")").build());
        }
        if (r.writtenRequest() == null) {
            return List.of(sum.outcome(Outcome.INSUFFICIENT_FACTS).missing("certification request " + r.id() + " written_request")
                    .reason("whether the appointing authority asked in writing is not given").build());
        }
        if (!r.writtenRequest()) {
            return List.of(sum.outcome(Outcome.NOT_MET).reason("no written request of the appointing authority: open competitive "
                    + "eligibles are not certified with the promotional register").build());
        }
        Collection<ScoredCandidate> pr = (Collection<ScoredCandidate>) promoScored;
        Collection<ScoredCandidate> or = (Collection<ScoredCandidate>) openScored;
        Finding undecided = EligibleList.undecided(QUESTION, r.subject(), pr);
        if (undecided == null) {
            undecided = EligibleList.undecided(QUESTION, r.subject(), or);
        }
        if (undecided != null) {
            return List.of(undecided);
        }
        Availability pa = new Availability(promo, actions, law, ctx);
        BigDecimal best = null;
        String bestId = null;
        for (ScoredCandidate s : pr) {
            if (pa.unavailable(s) == null && (best == null || s.finalGeneralAverage().compareTo(best) > 0)) {
                best = s.finalGeneralAverage();
                bestId = s.candidateId();
            }
        }
        if (best == null) {
            return List.of(sum.outcome(Outcome.NOT_APPLICABLE).reason("no available eligible on promotional register "
                    + promo.id() + " to compare with").build());
        }
        Availability oa = new Availability(open, actions, law, ctx);
        List<Finding> out = new ArrayList<>();
        int n = 0;
        for (EligibleList.Entry en : EligibleList.ranked(or, ctx.asOf())) {
            ScoredCandidate s = en.scored();
            Finding.Builder b = Finding.of(QUESTION, "candidate " + s.candidateId()).fact("request", r.id())
                    .amount(new Amount("score_before_preferential_credits", s.fgaBeforeVeteransCredit(), "points",
                            "final general average before veterans credit"))
                    .amount(new Amount("highest_promotional_score", best, "points", "candidate " + bestId
                            + ", after credits for past service"));
            String u = oa.unavailable(s);
            if (u != null) {
                b.outcome(Outcome.NOT_APPLICABLE).reason("not available: " + u);
            } else if (s.fgaBeforeVeteransCredit().compareTo(best) > 0) {
                n++;
                b.outcome(Outcome.MET).reason(s.fgaBeforeVeteransCredit().toPlainString() + " before preferential credits is higher than "
                        + best.toPlainString() + ", the highest available promotional score");
            } else {
                b.outcome(Outcome.NOT_MET).reason(s.fgaBeforeVeteransCredit().toPlainString() + " before preferential credits is not higher than "
                        + best.toPlainString() + " (the comparison is strict; preferential credits do not count)");
            }
            out.add(b.build());
        }
        out.add(sum.outcome(n > 0 ? Outcome.MET : Outcome.NOT_MET)
                .amount(new Amount("certifiable", BigDecimal.valueOf(n), "persons", "open eligibles above the promotional score"))
                .amount(new Amount("highest_promotional_score", best, "points", "candidate " + bestId))
                .reason(n + " open competitive eligible(s) score higher before preferential credits than " + best.toPlainString())
                .choice("'highest ratings on the open competitive list' read as every available open eligible above the promotional "
                        + "score, in list order; the board 'may' certify them (fact sheet A13)")
                .build());
        return out;
    }
}
