package org.emplaw.la.civilservice.seniority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.emplaw.core.facts.Appointment;
import org.emplaw.core.facts.AppointmentKind;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Layoff;
import org.emplaw.core.facts.ServiceHistory;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;

/**
 * Layoff within a class group (Civil Service Rule 1.12: the positions of a class in a department), least layoff
 * seniority (Rule 1.33(b)) first. Rule 8, which orders layoffs, was not retrieved; the inverse-seniority order is
 * the fact sheet's secondary reading (LA Times 2010, AFSCME 3090) and equal seniority at the cut needs a configured
 * tie-break ({@code earlier_class_entry} or {@code earlier_city_hire}), never a guessed one (fact sheet A16).
 */
public final class LayoffOrder {
    public static final String QUESTION = "The employee is laid off in order of least layoff seniority";

    private LayoffOrder() {
    }

    private record Ranked(ServiceHistory history, long seniority, LocalDate classEntry, LocalDate cityHire) {
    }

    public static List<Finding> order(Layoff l, Collection<?> histories, Collection<?> ranks, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guardAll(QUESTION, l.subject(), () -> decide(l, histories, ranks, law, ctx));
    }

    private static List<Finding> decide(Layoff l, Collection<?> histories, Collection<?> ranks, LawBook law, EvaluationContext ctx) {
        LocalDate through = l.effective().minusDays(1);
        List<Ranked> group = new ArrayList<>();
        for (Object o : histories) {
            ServiceHistory h = (ServiceHistory) o;
            Appointment a = h.on(through);
            if (a != null && a.kind() == AppointmentKind.REGULAR && a.classCode().equals(l.classCode())
                    && l.department().equals(a.department())) {
                long s = Seniority.layoffSeniority(h, l.classCode(), through, ranks, law, ctx);
                Appointment entry = Seniority.original(h, Seniority.afterLastBreak(h, through), through,
                        x -> x.classCode().equals(l.classCode()));
                group.add(new Ranked(h, s, entry == null ? a.from() : entry.from(), h.appointments().get(0).from()));
            }
        }
        Comparator<Ranked> order = Comparator.comparingLong(Ranked::seniority);
        if ("earlier_class_entry".equals(l.tieBreak())) {
            order = order.thenComparing(Ranked::classEntry, Comparator.reverseOrder());
        } else if ("earlier_city_hire".equals(l.tieBreak())) {
            order = order.thenComparing(Ranked::cityHire, Comparator.reverseOrder());
        } else if (l.tieBreak() != null) {
            throw new org.emplaw.core.io.InputException(l.subject(), "tie_break", "must be earlier_class_entry or earlier_city_hire (was '"
                    + l.tieBreak() + "')");
        }
        group.sort(order.thenComparing(r -> r.history().employeeId()));
        List<Finding> out = new ArrayList<>();
        int n = Math.min(l.positions(), group.size());
        for (int i = 0; i < group.size(); i++) {
            Ranked r = group.get(i);
            Finding.Builder b = Finding.of(QUESTION, r.history().subject()).fact("layoff", l.id())
                    .amount(new Amount("layoff_seniority_days", BigDecimal.valueOf(r.seniority()), "days",
                            "Rule 1.33(b) through " + through))
                    .amount(new Amount("layoff_order", BigDecimal.valueOf(i + 1), "position", "least seniority first"))
                    .choice("least layoff seniority is laid off first (Rule 8 not retrieved; fact sheet section 6.3)");
            boolean tieAtCut = n > 0 && n < group.size() && group.get(n - 1).seniority() == group.get(n).seniority()
                    && r.seniority() == group.get(n - 1).seniority();
            if (tieAtCut && l.tieBreak() == null) {
                b.outcome(Outcome.NEEDS_CONFIGURATION).missing(l.subject() + " tie_break")
                        .reason("equal layoff seniority of " + r.seniority() + " days at the cut of " + l.positions()
                                + " position(s); the Rules retrieved give no tie-break (fact sheet A16)");
            } else {
                if (tieAtCut) {
                    b.choice("tie-break " + l.tieBreak() + " as configured for the layoff");
                }
                b.outcome(i < n).reason((i < n ? "laid off: " : "retained: ") + "position " + (i + 1) + " of " + group.size()
                        + " in class group " + l.department() + "/" + l.classCode() + " by least layoff seniority, "
                        + l.positions() + " position(s) cut");
            }
            out.add(b.build());
        }
        return out;
    }

    /** Rule 8.7 (2008 agenda text): a temporary stoppage need not follow the seniority order and leaves seniority unchanged. */
    public static Finding temporaryStoppage(Layoff l) {
        Finding.Builder b = Finding.of("A temporary stoppage of work may be made without regard to layoff seniority", l.subject())
                .fact("cause", l.cause()).fact("good_faith", l.goodFaith());
        if (l.cause() == null) {
            return b.outcome(Outcome.INSUFFICIENT_FACTS).missing(l.subject() + " cause").reason("the cause of the stoppage is not given").build();
        }
        if (l.goodFaith() == null) {
            return b.outcome(Outcome.NEEDS_JUDGMENT).reason("the stoppage must be known to be temporary, made in good faith, with no "
                    + "employee losing rights or gaining an advantage: a person must find this; facts: cause " + l.cause()
                    + ", effective " + l.effective() + ", " + l.positions() + " position(s)").build();
        }
        return b.outcome(l.goodFaith()).reason(l.goodFaith() ? "temporary stoppage (" + l.cause() + ") in good faith: the layoff "
                + "seniority order is not required and seniority is unaffected" : "not in good faith: the seniority order applies").build();
    }
}
