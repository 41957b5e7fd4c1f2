package org.emplaw.la.civilservice.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ExamPart;

/**
 * The tests of one candidate, graded independently (Civil Service Rule 4.4): the weighted products taken so far,
 * the tests still to be taken, and the tests failed against their own pass marks (qualifying tests, Rule 4.8, and
 * tests with a minimum score).
 */
final class ScoreSheet {
    final BigDecimal weightedSum;
    final BigDecimal pendingWeight;
    final List<String> products = new ArrayList<>();
    final List<String> pending = new ArrayList<>();
    final List<String> failed = new ArrayList<>();

    ScoreSheet(Exam e, Candidate c) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal pw = BigDecimal.ZERO;
        for (ExamPart p : e.parts()) {
            BigDecimal score = c.partScores().get(p.id());
            boolean w = ExamAnnouncement.weighted(p);
            if (score == null) {
                if (w || p.qualifying() || p.passMark() != null) {
                    pending.add(p.id());
                }
                if (w) {
                    pw = pw.add(p.weight());
                }
                continue;
            }
            if (p.passMark() != null && score.compareTo(p.passMark()) < 0) {
                failed.add((p.qualifying() ? "qualifying test " : "test ") + p.id() + " scored " + WholeScore.plain(score)
                        + ", below its pass mark " + WholeScore.plain(p.passMark()));
            }
            if (w) {
                BigDecimal product = score.multiply(p.weight()).movePointLeft(2);
                sum = sum.add(product);
                products.add(p.id() + " " + WholeScore.plain(score) + " x " + WholeScore.plain(p.weight()) + "% = "
                        + WholeScore.plain(product));
            }
        }
        for (String k : c.partScores().keySet()) {
            if (e.parts().stream().noneMatch(p -> p.id().equals(k))) {
                throw new org.emplaw.core.io.InputException(c.subject(), "part_scores." + k,
                        "is not a test of exam " + e.id());
            }
        }
        weightedSum = sum;
        pendingWeight = pw;
    }

    String sumText() {
        return (products.isEmpty() ? "no weighted test taken" : String.join(" + ", products)) + " = "
                + WholeScore.plain(weightedSum);
    }
}
