package org.emplaw.la.civilservice.exam;

import java.math.BigDecimal;
import java.util.List;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.la.civilservice.Options;

/**
 * The final general average and the result of one candidate (Civil Service Rules 4.4, 4.5, 4.7, 4.8, 1.21):
 * each test graded independently, each grade multiplied by its weight and the products summed; promotional
 * seniority credit added before rounding; rounded to the nearest whole score; passing at the passing mark (on the
 * final general average, which includes the seniority credit, Rules 1.21 and 4.6); every qualifying test and
 * every test's own minimum met; veterans credit added to the average of a passing open competitive candidate.
 * The outcome is MET when the candidate passes (and is placed on the list), NOT_MET when the candidate fails.
 */
public final class FinalGeneralAverage {
    public static final String QUESTION = "The candidate passes the examination with this final general average";

    private FinalGeneralAverage() {
    }

    /** The finding and the result inserted for the list rules. */
    public record Scored(Finding finding, ScoredCandidate result) {
    }

    /** Scores the candidate, adds the finding to {@code out} and returns the result for the list rules. */
    public static ScoredCandidate scoreInto(Exam e, Candidate c, LawBook law, org.emplaw.core.rules.Findings out) {
        Scored s = score(e, c, law, out.context());
        out.add(s.finding());
        return s.result();
    }

    public static Scored score(Exam e, Candidate c, LawBook law, EvaluationContext ctx) {
        Finding.Builder b = Finding.of(QUESTION, c.subject()).citation("Civil Service Rule 4.5")
                .citation("Civil Service Rule 1.21").fact("exam", e.id());
        try {
            return compute(e, c, law, ctx, b);
        } catch (MissingLawException m) {
            b.outcome(m.reason() == MissingLawException.Reason.QUALIFIER_REQUIRED ? Outcome.INSUFFICIENT_FACTS
                    : Outcome.NEEDS_CONFIGURATION).reason(m.getMessage()).missing(m.reference());
        } catch (MissingFactException m) {
            b.outcome(Outcome.INSUFFICIENT_FACTS).reason(m.getMessage());
            m.facts().forEach(b::missing);
        }
        Finding f = b.build();
        return new Scored(f, result(e, c, f.outcome(), null, null, false));
    }

    private static ScoredCandidate result(Exam e, Candidate c, Outcome o, BigDecimal before, BigDecimal fga, boolean pending) {
        return new ScoredCandidate(e.id(), c.id(), o, before, fga, pending, VeteransCredit.claimed(c), c.listedOn(),
                c.rejection() == null ? null : c.rejection().on() == null ? e.applicationDeadline() : c.rejection().on());
    }

    private static Scored compute(Exam e, Candidate c, LawBook law, EvaluationContext ctx, Finding.Builder b) {
        java.time.LocalDate asOf = ctx.asOf();
        ParameterValue total = law.value("la_cs_weights_total", null, asOf);
        List<String> problems = ExamAnnouncement.problems(e, total);
        if (!problems.isEmpty()) {
            b.outcome(Outcome.NEEDS_CONFIGURATION).missing("exam " + e.id() + " parts")
                    .reason("the announcement's tests cannot be scored: " + String.join("; ", problems));
            Finding f = b.build();
            return new Scored(f, result(e, c, f.outcome(), null, null, false));
        }
        ParameterValue passMark = law.value("la_cs_passing_mark", null, asOf);
        b.parameter(passMark).parameter(total);
        ScoreSheet sheet = new ScoreSheet(e, c);
        b.amount(new Amount("weighted_sum", sheet.weightedSum, "points", sheet.sumText()));
        BigDecimal credit = BigDecimal.ZERO;
        if (e.type().promotional()) {
            SeniorityCredit.Credit sc = SeniorityCredit.of(e, c, law, asOf);
            credit = sc.points();
            b.amount(new Amount("promotional_seniority_credit", credit, "points", sc.computation()));
            b.citation("Civil Service Rule 1.33(c)").citation("Charter 1009");
            if (sc.perYear() != null && sc.perYear().law() != null) {
                b.parameter(sc.perYear().law());
            }
            if (sc.max() != null && sc.max().law() != null) {
                b.parameter(sc.max().law());
            }
        }
        String toward = Options.get(ctx, Options.SENIORITY_TOWARD_PASSING, "counts", "excluded");
        String basis = Options.get(ctx, Options.PASSING_BASIS, "final_general_average", "unrounded_average");
        if (e.type().promotional()) {
            b.choice(Options.choice(Options.SENIORITY_TOWARD_PASSING, toward, toward.equals("counts")
                    ? "the final general average includes promotional seniority credit (Rules 1.21, 4.4) and Rule 4.6 "
                    + "judges the passing mark 'including promotional seniority credit' (fact sheet A3)"
                    : "seniority credit does not count toward the passing mark (fact sheet A3 alternative)"));
        }
        b.choice(Options.choice(Options.PASSING_BASIS, basis, basis.equals("final_general_average")
                ? "the passing mark applies to the final general average, which Rule 4.4 defines as the rounded sum (fact sheet A2)"
                : "the passing mark applies to the unrounded sum (fact sheet A2 alternative)"));
        if (!sheet.failed.isEmpty()) {
            b.citation("Civil Service Rule 4.8");
            b.outcome(Outcome.NOT_MET).reason("fails the examination: " + String.join("; ", sheet.failed));
            Finding f = b.build();
            return new Scored(f, result(e, c, Outcome.NOT_MET, null, null, !sheet.pending.isEmpty()));
        }
        if (!sheet.pending.isEmpty()) {
            EarlyExclusion.Best best = EarlyExclusion.best(e, sheet, credit, toward, basis, law, ctx);
            b.amount(best.amount()).citation("Civil Service Rule 4.6");
            if (!best.canPass(passMark.decimal())) {
                b.outcome(Outcome.NOT_MET).reason("cannot attain the passing mark " + passMark.text()
                        + " even with full marks on " + sheet.pending + " (" + best.amount().computation()
                        + "); may be excluded from the remaining tests and is considered as having failed (Rule 4.6)");
                Finding f = b.build();
                return new Scored(f, result(e, c, Outcome.NOT_MET, null, null, true));
            }
            sheet.pending.forEach(p -> b.missing("part_scores." + p));
            b.outcome(Outcome.INSUFFICIENT_FACTS).reason("tests " + sheet.pending + " are not yet graded; the best attainable "
                    + "average is " + WholeScore.plain(best.amount().value()));
            Finding f = b.build();
            return new Scored(f, result(e, c, Outcome.INSUFFICIENT_FACTS, null, null, true));
        }
        BigDecimal unrounded = sheet.weightedSum.add(credit);
        if (e.type().promotional()) {
            b.amount(new Amount("unrounded_average", unrounded, "points", WholeScore.plain(sheet.weightedSum) + " + "
                    + WholeScore.plain(credit) + " seniority credit (added before rounding, Rule 4.4) = " + WholeScore.plain(unrounded)));
        }
        WholeScore.Rounded fga = WholeScore.round(unrounded, e, law, asOf);
        if (fga.mode() != null) {
            b.choice("exact half rounded " + fga.mode().text() + " (" + fga.mode().label() + "; fact sheet A1)");
            if (fga.mode().law() != null) {
                b.parameter(fga.mode().law());
            }
        }
        BigDecimal passing = toward.equals("counts") ? unrounded : sheet.weightedSum;
        String passingText;
        if (basis.equals("final_general_average")) {
            WholeScore.Rounded r = passing == unrounded ? fga : WholeScore.round(passing, e, law, asOf);
            passing = r.value();
            passingText = "final general average " + r.value().toPlainString();
        } else {
            passingText = "unrounded average " + WholeScore.plain(passing);
        }
        boolean passed = passing.compareTo(passMark.decimal()) >= 0;
        BigDecimal listScore = fga.value();
        String vetText = "";
        Outcome outcome = passed ? Outcome.MET : Outcome.NOT_MET;
        if (VeteransCredit.claimed(c) && !e.type().promotional()) {
            b.citation("Civil Service Rule 4.7");
            if (passed) {
                VeteransCredit.Result v = VeteransCredit.evaluate(e, c, law, ctx);
                Finding vf = v.finding().build();
                b.part(vf);
                if (v.outcome() == Outcome.MET) {
                    BigDecimal add = VeteransCredit.amount(v.points(), fga.value(), ctx);
                    b.choice(VeteransCredit.formChoice(ctx));
                    b.choice("veterans credit is added to the whole-number final general average without a second rounding (fact sheet A4)");
                    vf.parameters().forEach(b::parameter);
                    listScore = fga.value().add(add);
                    b.amount(new Amount("veterans_credit", add, "points", "added to the final general average of a passing "
                            + "open competitive candidate (Rules 4.4, 4.7): " + WholeScore.plain(add) + " (" + v.basis() + ")"));
                    if (v.adjustsReport()) {
                        b.amount(new Amount("report_final_general_average", fga.value(), "points",
                                "final general average on the Report of Examination adopted " + e.reportAdopted()));
                        vetText = "; adjusted from " + fga.value().toPlainString() + " on the Report of Examination (adopted "
                                + e.reportAdopted() + ") to " + WholeScore.plain(listScore) + " for evidence of military service "
                                + "presented on " + v.evidenceOn() + " (Rule 4.7)";
                    } else {
                        vetText = "; veterans credit " + WholeScore.plain(add) + " added";
                    }
                } else if (!v.outcome().decided() && v.outcome() != Outcome.NOT_APPLICABLE) {
                    outcome = v.outcome();
                    vf.missing().forEach(b::missing);
                    vetText = "; the veterans credit cannot be decided: " + vf.reason();
                } else {
                    vetText = "; no veterans credit: " + vf.reason();
                }
            } else {
                vetText = "; veterans credit is added only to the passing score (Rules 4.4, 4.7), so none is added";
            }
        }
        b.amount(new Amount("fga_before_veterans_credit", fga.value(), "points", fga.text()));
        b.amount(new Amount("final_general_average", listScore, "points", WholeScore.plain(listScore)
                + " (Rule 1.21: with any promotional seniority credit or veterans credit allowed)"));
        b.outcome(outcome).reason((passed ? "passes: " : "fails: ") + passingText + (passed ? " is at least " : " is below ")
                + "the passing mark " + passMark.text() + vetText);
        Finding f = b.build();
        return new Scored(f, result(e, c, outcome, fga.value(), listScore, false));
    }
}
