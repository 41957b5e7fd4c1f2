package org.emplaw.la.civilservice.seniority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.emplaw.core.facts.Appointment;
import org.emplaw.core.facts.AppointmentKind;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.ReserveListRequest;
import org.emplaw.core.facts.Separation;
import org.emplaw.core.facts.ServiceHistory;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.la.civilservice.Gaps;
import org.emplaw.la.civilservice.Options;

/**
 * Civil Service Rule 1.30: a reserve list is the list by class of the names, in order of layoff seniority as of the
 * time of layoff (reserve list seniority, Rule 1.33(d)), of those who completed the probationary period and were laid
 * off. (a) The department reserve list is the reserve list by class for a department; (b) the general reserve list is
 * the list by class resulting from the merger, in the order of the greatest layoff seniority, of the reserve lists of
 * all departments except the department to which certification is being made.
 */
public final class ReserveLists {
    public static final String QUESTION = "The laid-off employee's place on the reserve list is fixed by layoff seniority at the time of layoff";
    static final String DEPARTMENT = "department";
    static final String GENERAL = "general";

    private ReserveLists() {
    }

    /** A name on a reserve list: the layoff it follows and its reserve list seniority in days. */
    public record Entry(ServiceHistory history, Appointment laidOffFrom, long seniority, LocalDate classEntry, LocalDate cityHire) {
        public String department() {
            return laidOffFrom.department();
        }
    }

    /**
     * The most recent layoff from a regular appointment to {@code classCode} on or before {@code on}, not followed by a
     * later regular appointment to the class (a restoration), or {@code null}.
     */
    static Appointment layoffFrom(ServiceHistory h, String classCode, LocalDate on) {
        Appointment last = null;
        for (Appointment a : h.appointments()) {
            if (a.kind() == AppointmentKind.REGULAR && a.classCode().equals(classCode) && a.separation() == Separation.LAYOFF
                    && a.to().isBefore(on)) {
                last = a;
            }
        }
        if (last == null) {
            return null;
        }
        for (Appointment a : h.appointments()) {
            if (a.from().isAfter(last.to()) && !a.from().isAfter(on) && a.kind() == AppointmentKind.REGULAR
                    && a.classCode().equals(classCode)) {
                return null;
            }
        }
        return last;
    }

    /** The order of a reserve list: greatest reserve list seniority first, then the tie-break (when configured). */
    static Comparator<Entry> order(String tieBreak) {
        Comparator<Entry> c = Comparator.comparingLong(Entry::seniority).reversed();
        if ("earlier_class_entry".equals(tieBreak)) {
            c = c.thenComparing(Entry::classEntry);
        } else if ("earlier_city_hire".equals(tieBreak)) {
            c = c.thenComparing(Entry::cityHire);
        }
        return c.thenComparing(e -> e.history().employeeId());
    }

    /** Positions (1-based) in a sorted list, with the index range of equal seniority for each entry. */
    static int[] tiedRange(List<Entry> sorted, int i) {
        int lo = i;
        int hi = i;
        while (lo > 0 && sorted.get(lo - 1).seniority() == sorted.get(i).seniority()) {
            lo--;
        }
        while (hi < sorted.size() - 1 && sorted.get(hi + 1).seniority() == sorted.get(i).seniority()) {
            hi++;
        }
        return new int[] {lo, hi};
    }

    public static List<Finding> lists(ReserveListRequest r, Collection<?> histories, Collection<?> ranks, LawBook law,
                                      EvaluationContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<Entry> dept = new ArrayList<>();
        List<Entry> general = new ArrayList<>();
        for (Object o : histories) {
            ServiceHistory h = (ServiceHistory) o;
            Appointment a = layoffFrom(h, r.classCode(), r.on());
            if (a == null) {
                continue;
            }
            String subject = h.subject();
            Finding f = Gaps.guard(QUESTION, subject, () -> {
                if (a.department() == null) {
                    throw new org.emplaw.core.rules.MissingFactException(subject, List.of("department of the " + a.label()));
                }
                if (a.completedProbation() == null) {
                    throw new org.emplaw.core.rules.MissingFactException(subject,
                            List.of("completed_probation of the " + a.label() + " (Rule 1.30)"));
                }
                if (!a.completedProbation()) {
                    return Finding.of(QUESTION, subject).fact("reserve_list_request", r.id()).fact("laid_off_on", a.to())
                            .outcome(Outcome.NOT_MET).reason("laid off on " + a.to() + " from class " + r.classCode()
                                    + " without having completed the probationary period: not on a reserve list").build();
                }
                long s = Seniority.layoffSeniority(h, r.classCode(), a.to(), ranks, law, ctx);
                Appointment entry = Seniority.original(h, Seniority.afterLastBreak(h, a.to()), a.to(),
                        x -> x.classCode().equals(r.classCode()));
                Entry e = new Entry(h, a, s, entry == null ? a.from() : entry.from(), h.appointments().get(0).from());
                (a.department().equals(r.department()) ? dept : general).add(e);
                return null;
            });
            if (f != null) {
                out.add(f);
            }
        }
        ParameterValue life = duration(law, r.on());
        out.addAll(place(r, dept, DEPARTMENT, life, ctx));
        out.addAll(place(r, general, GENERAL, life, ctx));
        return out;
    }

    /** The reserve-list duration in force on {@code on}, or {@code null} when it has no verified value. */
    static ParameterValue duration(LawBook law, LocalDate on) {
        try {
            return law.value("la_cs_reserve_list_duration_years", null, on);
        } catch (MissingLawException m) {
            return null;
        }
    }

    private static List<Finding> place(ReserveListRequest r, List<Entry> entries, String kind, ParameterValue life,
                                       EvaluationContext ctx) {
        List<Entry> kept = new ArrayList<>();
        List<Finding> out = new ArrayList<>();
        for (Entry e : entries) {
            if (life != null) {
                LocalDate last = Options.lastDay(ctx, e.laidOffFrom().to().plusDays(1),
                        Period.ofYears(life.decimal().intValueExact()));
                if (r.on().isAfter(last)) {
                    out.add(Finding.of(QUESTION, e.history().subject()).fact("reserve_list_request", r.id())
                            .fact("laid_off_on", e.laidOffFrom().to()).fact("last_day_on_list", last).parameter(life)
                            .choice(Options.periodChoice(ctx)).outcome(Outcome.NOT_MET)
                            .reason("laid off on " + e.laidOffFrom().to() + "; the name stayed on the reserve list through " + last
                                    + " (" + life.text() + " years) and is off it on " + r.on()).build());
                    continue;
                }
            }
            kept.add(e);
        }
        kept.sort(order(r.tieBreak()));
        String cite = kind.equals(DEPARTMENT) ? "Civil Service Rule 1.30(a)" : "Civil Service Rule 1.30(b)";
        String listName = kind.equals(DEPARTMENT)
                ? "department reserve list of " + r.department() + " for class " + r.classCode()
                : "general reserve list for class " + r.classCode() + " (all departments except " + r.department() + ")";
        for (int i = 0; i < kept.size(); i++) {
            Entry e = kept.get(i);
            int[] tie = tiedRange(kept, i);
            Finding.Builder b = Finding.of(QUESTION, e.history().subject()).citation(cite).citation("Civil Service Rule 1.33(d)")
                    .fact("reserve_list_request", r.id()).fact("reserve_list", kind).fact("laid_off_from", e.department())
                    .fact("laid_off_on", e.laidOffFrom().to())
                    .amount(new Amount("reserve_list_seniority_days", BigDecimal.valueOf(e.seniority()), "days",
                            "Rule 1.33(d): layoff seniority (Rule 1.33(b)) at the time of layoff, through the last day of the appointment, "
                                    + e.laidOffFrom().to()));
            if (life == null) {
                b.warning("how long a name stays on a reserve list is not configured (la_cs_reserve_list_duration_years has no "
                        + "verified value): expiry of this name was not checked");
            } else {
                b.parameter(life).choice(Options.periodChoice(ctx));
            }
            if (tie[0] != tie[1] && r.tieBreak() == null) {
                b.outcome(Outcome.NEEDS_CONFIGURATION).missing(r.subject() + " tie_break")
                        .reason("equal reserve list seniority of " + e.seniority() + " days shared by positions " + (tie[0] + 1)
                                + " to " + (tie[1] + 1) + " on the " + listName + "; the Rules retrieved give no tie-break");
                out.add(b.build());
                continue;
            }
            if (tie[0] != tie[1]) {
                b.choice("tie-break " + r.tieBreak() + " as configured for the request");
            }
            b.amount(new Amount("reserve_list_position", BigDecimal.valueOf(i + 1), "position", "greatest layoff seniority first"))
                    .outcome(Outcome.MET).reason("position " + (i + 1) + " of " + kept.size() + " on the " + listName
                            + " (laid off from " + e.department() + " on " + e.laidOffFrom().to() + ")");
            out.add(b.build());
        }
        return out;
    }
}
