package org.emplaw.la.civilservice.list;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.emplaw.core.facts.CertificationRequest;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.la.civilservice.exam.ExamSettings;
import org.emplaw.la.civilservice.exam.ScoredCandidate;

/**
 * Certification (Charter 1010; Civil Service Rule 5.8 as cited by RAND RR-687): the eligibles available on the
 * request date whose final general averages are among the top whole scores (three unless the exam or the City
 * configures otherwise) are certified; every eligible tied on a certified score is certified. Re-computed from
 * the list actions, so an appointment or removal brings the next whole score into reach.
 */
public final class Certification {
    public static final String QUESTION = "The eligible is certified to the appointing authority";

    private Certification() {
    }

    @SuppressWarnings("unchecked")
    public static List<Finding> certify(CertificationRequest r, Exam e, Collection<?> scored, Collection<?> actions,
                                        LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guardAll(QUESTION, r.subject(), () -> decide(r, e, scored, actions, law, ctx));
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> decide(CertificationRequest r, Exam e, Collection<?> scored, Collection<?> actions,
                                        LawBook law, EvaluationContext ctx) {
        Collection<ScoredCandidate> results = (Collection<ScoredCandidate>) scored;
        Finding open = EligibleList.undecided(QUESTION, r.subject(), results);
        if (open != null) {
            return List.of(open);
        }
        ExamSettings.Setting k = ExamSettings.get(e, ExamSettings.WHOLE_SCORES, "la_cs_certification_whole_scores", law, ctx.asOf());
        int whole = k.decimal().intValueExact();
        Availability avail = new Availability(e, actions, law, ctx);
        List<EligibleList.Entry> ranked = EligibleList.ranked(results, ctx.asOf());
        TreeSet<BigDecimal> scores = new TreeSet<>(java.util.Comparator.reverseOrder());
        List<String> why = new ArrayList<>(ranked.size());
        for (EligibleList.Entry en : ranked) {
            String u = avail.unavailable(en.scored());
            why.add(u);
            if (u == null) {
                scores.add(en.scored().finalGeneralAverage());
            }
        }
        List<BigDecimal> top = new ArrayList<>();
        for (BigDecimal s : scores) {
            if (top.size() == whole) {
                break;
            }
            top.add(s);
        }
        BigDecimal cutoff = top.isEmpty() ? null : top.get(top.size() - 1);
        List<Finding> out = new ArrayList<>(ranked.size() + 1);
        int certified = 0;
        for (int i = 0; i < ranked.size(); i++) {
            ScoredCandidate s = ranked.get(i).scored();
            Finding.Builder b = Finding.of(QUESTION, "candidate " + s.candidateId()).fact("request", r.id())
                    .amount(new Amount("final_general_average", s.finalGeneralAverage(), "points", "list score"));
            if (why.get(i) != null) {
                b.outcome(Outcome.NOT_APPLICABLE).reason("not available: " + why.get(i));
            } else if (s.finalGeneralAverage().compareTo(cutoff) >= 0) {
                certified++;
                b.outcome(Outcome.MET).reason("available, with " + s.finalGeneralAverage().toPlainString()
                        + ", one of the top " + whole + " whole scores " + plain(top));
            } else {
                b.outcome(Outcome.NOT_MET).reason("available, but " + s.finalGeneralAverage().toPlainString()
                        + " is below the top " + whole + " whole scores " + plain(top));
            }
            if (avail.promotionalYears() != null) {
                b.parameter(avail.promotionalYears());
            }
            out.add(b.build());
        }
        Finding.Builder sum = Finding.of(QUESTION, r.subject()).outcome(certified > 0 ? Outcome.MET : Outcome.NOT_MET)
                .reason(certified + " eligible(s) certified with the top " + whole + " whole scores " + plain(top)
                        + " among " + scores.size() + " distinct score(s) of available eligibles")
                .amount(new Amount("certified", BigDecimal.valueOf(certified), "persons", "eligibles on the top scores"))
                .amount(new Amount("whole_scores", BigDecimal.valueOf(top.size()), "scores", "certified whole scores"))
                .fact("exam", e.id())
                .choice("every eligible tied on a certified whole score is certified; the order inside a score has no effect");
        if (k.law() != null) {
            sum.parameter(k.law());
        } else {
            sum.fact("certification_whole_scores", k.text() + " (exam settings)");
        }
        out.add(sum.build());
        return out;
    }

    static String plain(List<BigDecimal> scores) {
        return scores.stream().map(BigDecimal::toPlainString).toList().toString();
    }
}
