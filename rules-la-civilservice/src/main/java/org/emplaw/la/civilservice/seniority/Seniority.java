package org.emplaw.la.civilservice.seniority;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.emplaw.core.facts.Absence;
import org.emplaw.core.facts.Appointment;
import org.emplaw.core.facts.AppointmentKind;
import org.emplaw.core.facts.ClassRank;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.ServiceHistory;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.rules.MissingFactException;

/**
 * The kinds of seniority of Civil Service Rules 1.33 and 1.34, each computed separately from the same service
 * history, in days through a date:
 * <ul>
 * <li>continuous service (1.34(b)): service in the classified civil service since original regular appointment,
 *     excluding all time before a break in service (abandonment, resignation, retirement, discharge for cause) and
 *     absences without seniority credit;</li>
 * <li>layoff seniority in a class (1.33(b)): continuous service in that class and all higher classes since original
 *     regular appointment to that class, after deducting absences without seniority credit;</li>
 * <li>displacement seniority (1.33(a)): service in a class group (the class in a department, 1.12) and in all higher
 *     classes since original regular appointment to the class, after deducting absences without seniority credit.</li>
 * </ul>
 * Service is service under a regular appointment (Rule 1.34).
 */
public final class Seniority {
    private Seniority() {
    }

    /** The day after the last break in service on or before {@code through}, or {@link LocalDate#MIN}. */
    static LocalDate afterLastBreak(ServiceHistory h, LocalDate through) {
        LocalDate after = LocalDate.MIN;
        for (Appointment a : h.appointments()) {
            if (a.separation() != null && a.separation().breakInService() && !a.to().isAfter(through)) {
                after = a.to().plusDays(1);
            }
        }
        return after;
    }

    /** The higher classes of {@code classCode}; required once the history holds service in any other class. */
    static Set<String> higher(ServiceHistory h, String classCode, Collection<?> ranks) {
        for (Object o : ranks) {
            ClassRank r = (ClassRank) o;
            if (r.classCode().equals(classCode)) {
                return r.higherClasses();
            }
        }
        for (Appointment a : h.appointments()) {
            if (a.kind() == AppointmentKind.REGULAR && !a.classCode().equals(classCode)) {
                throw new MissingFactException(h.subject(), List.of("class_rank " + classCode
                        + " (which classes are higher, Rule 1.11; the history has service in class " + a.classCode() + ")"));
            }
        }
        return Set.of();
    }

    /** Days of regular service counted by {@code counts}, from {@code start} through {@code through}, less uncredited absences. */
    static long days(ServiceHistory h, LocalDate start, LocalDate through, Predicate<Appointment> counts, LawBook law,
                     EvaluationContext ctx) {
        long total = 0;
        for (Appointment a : h.appointments()) {
            if (a.kind() != AppointmentKind.REGULAR || !counts.test(a)) {
                continue;
            }
            LocalDate from = a.from().isBefore(start) ? start : a.from();
            LocalDate to = a.to() == null || a.to().isAfter(through) ? through : a.to();
            if (to.isBefore(from)) {
                continue;
            }
            total += ChronoUnit.DAYS.between(from, to) + 1;
            for (Absence ab : h.absences()) {
                LocalDate af = ab.period().from().isBefore(from) ? from : ab.period().from();
                LocalDate at = ab.period().to().isAfter(to) ? to : ab.period().to();
                if (at.isBefore(af)) {
                    continue;
                }
                long credited = AbsenceCredit.creditedDays(ab, law, ctx, Finding.of("absence", "absence"));
                long inside = ChronoUnit.DAYS.between(af, at) + 1;
                long denied = ab.period().days() - credited;
                total -= Math.min(inside, denied);
            }
        }
        return total;
    }

    /** The first regular appointment on or after {@code after} satisfying {@code in}, or null. */
    static Appointment original(ServiceHistory h, LocalDate after, LocalDate through, Predicate<Appointment> in) {
        for (Appointment a : h.appointments()) {
            if (a.kind() == AppointmentKind.REGULAR && !a.from().isBefore(after) && !a.from().isAfter(through) && in.test(a)) {
                return a;
            }
        }
        return null;
    }

    /** Continuous service in days through {@code through} (Rule 1.34(b)). */
    public static long continuousService(ServiceHistory h, LocalDate through, LawBook law, EvaluationContext ctx) {
        LocalDate after = afterLastBreak(h, through);
        Appointment first = original(h, after, through, a -> true);
        return first == null ? 0 : days(h, first.from(), through, a -> true, law, ctx);
    }

    /** Layoff seniority in {@code classCode}, in days through {@code through} (Rule 1.33(b)). */
    public static long layoffSeniority(ServiceHistory h, String classCode, LocalDate through, Collection<?> ranks, LawBook law,
                                       EvaluationContext ctx) {
        Set<String> higher = higher(h, classCode, ranks);
        Appointment first = original(h, afterLastBreak(h, through), through, a -> a.classCode().equals(classCode));
        if (first == null) {
            return 0;
        }
        return days(h, first.from(), through, a -> a.classCode().equals(classCode) || higher.contains(a.classCode()), law, ctx);
    }

    /** Displacement seniority in the class group ({@code department}, {@code classCode}) in days through {@code through} (Rule 1.33(a)). */
    public static long displacementSeniority(ServiceHistory h, String department, String classCode, LocalDate through,
                                             Collection<?> ranks, LawBook law, EvaluationContext ctx) {
        Set<String> higher = higher(h, classCode, ranks);
        Appointment first = original(h, afterLastBreak(h, through), through, a -> a.classCode().equals(classCode));
        if (first == null) {
            return 0;
        }
        return days(h, first.from(), through, a -> (a.classCode().equals(classCode) && department.equals(a.department()))
                || higher.contains(a.classCode()), law, ctx);
    }

    /** The finding with each kind of seniority for the class held on the evaluation date (or last held). */
    public static Finding evaluate(ServiceHistory h, Collection<?> ranks, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guard("Seniority from the service history", h.subject(),
                () -> decide(h, ranks, law, ctx));
    }

    private static Finding decide(ServiceHistory h, Collection<?> ranks, LawBook law, EvaluationContext ctx) {
        LocalDate through = ctx.asOf();
        Appointment held = h.on(through);
        if (held == null && !h.appointments().isEmpty()) {
            held = h.appointments().get(h.appointments().size() - 1);
            if (held.to() != null && held.to().isBefore(through)) {
                through = held.to();
            }
        }
        Finding.Builder b = Finding.of("Seniority from the service history", h.subject());
        if (held == null) {
            return b.outcome(org.emplaw.core.finding.Outcome.NOT_APPLICABLE).reason("no appointment in the history").build();
        }
        long cont = continuousService(h, through, law, ctx);
        long layoff = layoffSeniority(h, held.classCode(), through, ranks, law, ctx);
        b.amount(new org.emplaw.core.finding.Amount("continuous_service_days", java.math.BigDecimal.valueOf(cont), "days",
                "Rule 1.34(b), through " + through));
        b.amount(new org.emplaw.core.finding.Amount("layoff_seniority_days", java.math.BigDecimal.valueOf(layoff), "days",
                "Rule 1.33(b), class " + held.classCode() + " and higher classes, through " + through));
        if (held.department() != null) {
            long disp = displacementSeniority(h, held.department(), held.classCode(), through, ranks, law, ctx);
            b.amount(new org.emplaw.core.finding.Amount("displacement_seniority_days", java.math.BigDecimal.valueOf(disp), "days",
                    "Rule 1.33(a), class group " + held.department() + "/" + held.classCode() + " and higher classes"));
        }
        if (held.separation() == org.emplaw.core.facts.Separation.LAYOFF) {
            b.amount(new org.emplaw.core.finding.Amount("reserve_list_seniority_days", java.math.BigDecimal.valueOf(layoff), "days",
                    "Rule 1.33(d): layoff seniority at the time of layoff on " + held.to()));
        }
        return b.outcome(org.emplaw.core.finding.Outcome.MET).reason("class " + held.classCode() + ": continuous service "
                + cont + " days, layoff seniority " + layoff + " days through " + through).build();
    }
}
