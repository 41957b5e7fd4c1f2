package org.emplaw.la.civilservice.exam;

import java.math.BigDecimal;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.la.civilservice.Options;

/**
 * Civil Service Rule 4.6: "An applicant whose test score or scores make it impossible for him/her to attain a final
 * general average of at least seventy percent including promotional seniority credit may be excluded from the
 * remaining tests and shall be considered as having failed the examination." The best attainable average is the
 * weighted products so far plus full marks on every remaining weighted test plus the seniority credit, rounded as
 * the final general average is.
 */
public final class EarlyExclusion {
    public static final String QUESTION = "The candidate may be excluded from the remaining tests as unable to pass";

    private EarlyExclusion() {
    }

    /** The best attainable score (in the form the passing mark is applied to). */
    public record Best(Amount amount) {
        boolean canPass(BigDecimal passMark) {
            return amount.value().compareTo(passMark) >= 0;
        }
    }

    static Best best(Exam e, ScoreSheet sheet, BigDecimal credit, String toward, String basis, LawBook law,
                     EvaluationContext ctx) {
        ParameterValue full = law.value("la_cs_test_grade_max", null, ctx.asOf());
        BigDecimal rest = sheet.pendingWeight.multiply(full.decimal()).movePointLeft(2);
        BigDecimal withCredit = toward.equals("counts") ? credit : BigDecimal.ZERO;
        BigDecimal best = sheet.weightedSum.add(rest).add(withCredit);
        String text = WholeScore.plain(sheet.weightedSum) + " so far + " + WholeScore.plain(rest) + " (full marks "
                + full.text() + " on the remaining weight " + WholeScore.plain(sheet.pendingWeight) + "%)"
                + (withCredit.signum() != 0 ? " + " + WholeScore.plain(withCredit) + " seniority credit" : "") + " = "
                + WholeScore.plain(best);
        if (basis.equals("final_general_average")) {
            WholeScore.Rounded r = WholeScore.round(best, e, law, ctx.asOf());
            text = text + "; " + r.text();
            best = r.value();
        }
        return new Best(new Amount("best_attainable_average", best, "points", text));
    }

    /** The Rule 4.6 finding for a candidate with tests still to take: MET when the candidate can no longer pass. */
    public static Finding evaluate(Exam e, Candidate c, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guard(QUESTION, c.subject(), () -> decide(e, c, law, ctx));
    }

    private static Finding decide(Exam e, Candidate c, LawBook law, EvaluationContext ctx) {
        ScoreSheet sheet = new ScoreSheet(e, c);
        Finding.Builder b = Finding.of(QUESTION, c.subject()).fact("exam", e.id()).fact("pending_tests", sheet.pending);
        ParameterValue passMark = law.value("la_cs_passing_mark", null, ctx.asOf());
        b.parameter(passMark);
        if (!sheet.failed.isEmpty()) {
            return b.outcome(Outcome.MET).citation("Civil Service Rule 4.8").reason("already failed: "
                    + String.join("; ", sheet.failed)).build();
        }
        BigDecimal credit = e.type().promotional() ? SeniorityCredit.of(e, c, law, ctx.asOf()).points() : BigDecimal.ZERO;
        String toward = Options.get(ctx, Options.SENIORITY_TOWARD_PASSING, "counts", "excluded");
        String basis = Options.get(ctx, Options.PASSING_BASIS, "final_general_average", "unrounded_average");
        Best best = best(e, sheet, credit, toward, basis, law, ctx);
        b.amount(best.amount());
        if (e.type().promotional()) {
            b.choice(Options.choice(Options.SENIORITY_TOWARD_PASSING, toward, "Rule 4.6 counts promotional seniority credit"));
        }
        boolean can = best.canPass(passMark.decimal());
        return b.outcome(!can).reason(can ? "can still attain the passing mark " + passMark.text() + " (best "
                + best.amount().value().toPlainString() + ")" : "cannot attain the passing mark " + passMark.text()
                + " (best " + best.amount().value().toPlainString() + "): may be excluded and is considered as having failed")
                .build();
    }
}
