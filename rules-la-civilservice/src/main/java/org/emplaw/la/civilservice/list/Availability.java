package org.emplaw.la.civilservice.list;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ListAction;
import org.emplaw.core.facts.ListActionKind;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.la.civilservice.Options;
import org.emplaw.la.civilservice.exam.ScoredCandidate;

/**
 * Whether an eligible on a list can be certified on the evaluation date: placed on the list, not rejected or
 * disqualified (Rule 3.5), not appointed, removed or waiving (unless restored), and, on a promotional register, not
 * yet two years on it (Charter 1009).
 */
public final class Availability {
    private final Exam exam;
    private final Map<String, List<ListAction>> actions = new HashMap<>();
    private final EvaluationContext ctx;
    private final ParameterValue promoYears;

    public Availability(Exam exam, Collection<?> actionFacts, LawBook law, EvaluationContext ctx) {
        this.exam = exam;
        this.ctx = ctx;
        for (Object o : actionFacts) {
            ListAction a = (ListAction) o;
            if (a.examId().equals(exam.id())) {
                actions.computeIfAbsent(a.candidateId(), k -> new ArrayList<>()).add(a);
            }
        }
        this.promoYears = exam.type().promotional() ? law.value("la_cs_promotional_list_max_years", null, ctx.asOf()) : null;
    }

    /** Why the eligible is not available, or {@code null} when available. */
    public String unavailable(ScoredCandidate s) {
        LocalDate asOf = ctx.asOf();
        if (!s.placed()) {
            return "not on the list";
        }
        if (s.rejectedOn() != null && !s.rejectedOn().isAfter(asOf)) {
            return "rejected or disqualified on " + s.rejectedOn() + " (Rule 3.5)";
        }
        ListAction last = null;
        for (ListAction a : actions.getOrDefault(s.candidateId(), List.of())) {
            if (!a.on().isAfter(asOf) && (last == null || !a.on().isBefore(last.on()))) {
                last = a;
            }
        }
        if (last != null && last.action() != ListActionKind.RESTORED) {
            return last.action().name().toLowerCase(java.util.Locale.ROOT) + " on " + last.on();
        }
        if (promoYears != null) {
            LocalDate last2 = lastDayOnPromotionalList(s);
            if (asOf.isAfter(last2)) {
                return "removed from the promotional register after " + promoYears.text() + " years without re-examination "
                        + "(last day " + last2 + ", Charter 1009)";
            }
        }
        return null;
    }

    /** The last day a name stays on a promotional register (Charter 1009), from the date it was placed there. */
    public LocalDate lastDayOnPromotionalList(ScoredCandidate s) {
        LocalDate listed = s.listedOn() != null ? s.listedOn() : exam.reportAdopted();
        if (listed == null) {
            throw new MissingFactException("candidate " + s.candidateId(), List.of("listed_on (or exam report_adopted)"));
        }
        return Options.lastDay(ctx, listed, Period.ofYears(promoYears.decimal().intValueExact()));
    }

    public ParameterValue promotionalYears() {
        return promoYears;
    }
}
