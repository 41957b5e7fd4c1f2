package org.emplaw.la.civilservice.list;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.la.civilservice.exam.ScoredCandidate;

/**
 * The register of eligibles (Civil Service Rule 1.28; Charter 1008): those who qualified by examination, "ranked in
 * the order of their final general averages. Persons with the same final general average will have the same rank",
 * in order of relative excellence "without reference to the date of examination". Ranks are dense: the next
 * average after a tie takes the next rank.
 */
public final class EligibleList {
    public static final String QUESTION = "The eligible is ranked on the eligible list by final general average";
    static final String TIE_CHOICE = "the same final general average is the same rank, ranks dense (Rule 1.28); "
            + "the examination date never breaks a tie (Charter 1008)";

    private EligibleList() {
    }

    /** One ranked eligible. */
    public record Entry(ScoredCandidate scored, int rank) {
    }

    /** The placed (passed, not rejected) eligibles in rank order; the order inside a rank is by id, for display only. */
    public static List<Entry> ranked(Collection<ScoredCandidate> results, java.time.LocalDate asOf) {
        List<ScoredCandidate> placed = new ArrayList<>();
        for (ScoredCandidate s : results) {
            if (s.placed() && (s.rejectedOn() == null || s.rejectedOn().isAfter(asOf))) {
                placed.add(s);
            }
        }
        placed.sort(Comparator.comparing(ScoredCandidate::finalGeneralAverage).reversed()
                .thenComparing(ScoredCandidate::candidateId));
        List<Entry> out = new ArrayList<>(placed.size());
        int rank = 0;
        BigDecimal prev = null;
        for (ScoredCandidate s : placed) {
            if (prev == null || s.finalGeneralAverage().compareTo(prev) != 0) {
                rank++;
                prev = s.finalGeneralAverage();
            }
            out.add(new Entry(s, rank));
        }
        return out;
    }

    /** The undecided results as a finding, or {@code null} when every candidate's result is decided. */
    static Finding undecided(String question, String subject, Collection<ScoredCandidate> results) {
        List<ScoredCandidate> open = new ArrayList<>();
        boolean config = false;
        for (ScoredCandidate s : results) {
            if (!s.decided()) {
                open.add(s);
                config |= s.outcome() == Outcome.NEEDS_CONFIGURATION;
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        Finding.Builder b = Finding.of(question, subject).outcome(config ? Outcome.NEEDS_CONFIGURATION : Outcome.INSUFFICIENT_FACTS)
                .reason(open.size() + " candidate(s) have no decided result yet, so no rank can be given");
        open.stream().limit(20).forEach(s -> b.missing("candidate " + s.candidateId() + " final general average"));
        if (open.size() > 20) {
            b.missing("... and " + (open.size() - 20) + " more candidates");
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    public static List<Finding> rank(Exam e, Collection<?> scored, EvaluationContext ctx) {
        Collection<ScoredCandidate> results = (Collection<ScoredCandidate>) scored;
        String subject = "eligible list " + e.id();
        Finding open = undecided(QUESTION, subject, results);
        if (open != null) {
            return List.of(open);
        }
        List<Entry> ranked = ranked(results, ctx.asOf());
        List<Finding> out = new ArrayList<>(ranked.size() + 1);
        int[] tied = new int[ranked.isEmpty() ? 1 : ranked.get(ranked.size() - 1).rank() + 1];
        for (Entry en : ranked) {
            tied[en.rank()]++;
        }
        for (Entry en : ranked) {
            ScoredCandidate s = en.scored();
            int others = tied[en.rank()] - 1;
            out.add(Finding.of(QUESTION, "candidate " + s.candidateId()).outcome(Outcome.MET)
                    .reason("rank " + en.rank() + " with final general average " + s.finalGeneralAverage().toPlainString()
                            + (others > 0 ? ", the same rank as " + others + " other eligible(s) with the same average" : ""))
                    .amount(new Amount("rank", BigDecimal.valueOf(en.rank()), "rank", "dense rank by final general average"))
                    .amount(new Amount("final_general_average", s.finalGeneralAverage(), "points", "list score"))
                    .fact("exam", e.id()).choice(TIE_CHOICE).build());
        }
        int ranks = ranked.isEmpty() ? 0 : ranked.get(ranked.size() - 1).rank();
        out.add(Finding.of(QUESTION, subject).outcome(ranked.isEmpty() ? Outcome.NOT_MET : Outcome.MET)
                .reason(ranked.size() + " eligible(s) in " + ranks + " rank(s); " + (results.size() - ranked.size())
                        + " candidate(s) not placed")
                .amount(new Amount("eligibles", BigDecimal.valueOf(ranked.size()), "persons", "passed and not rejected"))
                .amount(new Amount("ranks", BigDecimal.valueOf(ranks), "ranks", "distinct final general averages"))
                .choice(TIE_CHOICE).citation("Charter 1008").build());
        return out;
    }
}
