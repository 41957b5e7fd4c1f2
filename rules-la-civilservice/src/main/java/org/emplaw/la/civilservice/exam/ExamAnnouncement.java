package org.emplaw.la.civilservice.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ExamPart;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.facts.EvaluationContext;

/**
 * What the examination announcement must state about its tests: Civil Service Rule 4.3 (each test's weight,
 * weighted tests together making up the final general average; an unweighted test only with its purpose stated),
 * Rule 4.8 (a qualifying test is a stated condition of eligibility with a minimum standard; its ratings count in
 * the final general average only when the announcement says so and states the weight), and Charter 1009 (a
 * promotional announcement states that credit is given for past service).
 */
public final class ExamAnnouncement {
    private ExamAnnouncement() {
    }

    /** The weighted tests: weight stated and not qualifying, or qualifying and announced as rated competitively. */
    public static boolean weighted(ExamPart p) {
        return p.weight() != null && (!p.qualifying() || p.ratedCompetitively());
    }

    /** The problems with the announcement's tests; empty when the tests can be scored. */
    public static List<String> problems(Exam e, ParameterValue weightsTotal) {
        List<String> out = new ArrayList<>();
        if (e.parts().isEmpty()) {
            out.add("exam " + e.id() + " announces no tests (Rule 4.3: one or more tests)");
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean anyWeighted = false;
        for (ExamPart p : e.parts()) {
            if (weighted(p)) {
                total = total.add(p.weight());
                anyWeighted = true;
            } else if (p.qualifying()) {
                if (p.weight() != null) {
                    out.add("test " + p.id() + " is qualifying with a weight but not announced as rated competitively (Rule 4.8)");
                }
                if (p.passMark() == null) {
                    out.add("qualifying test " + p.id() + " states no minimum standard (pass_mark) (Rules 1.37(c), 4.8)");
                }
            } else if (p.purpose() == null || p.purpose().isBlank()) {
                out.add("test " + p.id() + " has no weight and no stated purpose (Rule 4.3)");
            }
            if (p.ratedCompetitively() && !p.qualifying()) {
                out.add("test " + p.id() + " is marked rated_competitively but is not a qualifying test (Rule 4.8)");
            }
        }
        if (anyWeighted && total.compareTo(weightsTotal.decimal()) != 0) {
            out.add("the weights of exam " + e.id() + " total " + WholeScore.plain(total) + " percent, not "
                    + weightsTotal.text() + " (Rules 4.3, 4.4)");
        }
        if (!anyWeighted && !e.parts().isEmpty()) {
            out.add("exam " + e.id() + " has no weighted test to compute a final general average from (Rules 4.3, 4.4)");
        }
        return out;
    }

    /** The finding on the announcement's tests (Rules 4.3, 4.8) and, for a promotional exam, Charter 1009. */
    public static Finding check(Exam e, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guard("The announcement states the weight of each test, weighted tests making up the whole average",
                "exam " + e.id(), () -> decide(e, law, ctx));
    }

    private static Finding decide(Exam e, LawBook law, EvaluationContext ctx) {
        ParameterValue total = law.value("la_cs_weights_total", null, ctx.asOf());
        List<String> problems = problems(e, total);
        Finding.Builder b = Finding.of("The announcement states the weight of each test, weighted tests making up the whole average",
                "exam " + e.id()).parameter(total).citation("Civil Service Rule 4.8");
        for (ExamPart p : e.parts()) {
            b.fact("parts." + p.id(), (weighted(p) ? "weight " + WholeScore.plain(p.weight()) + "%" : p.qualifying()
                    ? "qualifying, pass mark " + (p.passMark() == null ? "(none)" : WholeScore.plain(p.passMark()))
                    : "unweighted, purpose: " + p.purpose()));
        }
        if (problems.isEmpty()) {
            b.outcome(Outcome.MET).reason("the tests can be scored: " + e.parts().size() + " test(s), weighted tests total "
                    + total.text() + " percent");
        } else {
            b.outcome(Outcome.NOT_MET).reason(String.join("; ", problems));
        }
        return b.build();
    }

    /** Charter 1009: the announcement of a promotional examination states that credit is given for past service. */
    public static Finding serviceCreditStated(Exam e) {
        Finding.Builder b = Finding.of("The promotional announcement states that credit is given for past service",
                "exam " + e.id()).fact("announcement_states_service_credit", e.announcementStatesServiceCredit());
        if (e.announcementStatesServiceCredit() == null) {
            return b.outcome(Outcome.INSUFFICIENT_FACTS).missing("exam " + e.id() + " announcement_states_service_credit")
                    .reason("whether the announcement states that credits will be given for past service is not given").build();
        }
        return b.outcome(e.announcementStatesServiceCredit())
                .reason(e.announcementStatesServiceCredit() ? "the announcement states that credits will be given for past service"
                        : "Charter 1009 requires a promotional announcement to state that credits will be given for past service")
                .build();
    }
}
