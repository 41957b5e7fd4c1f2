package org.emplaw.la.civilservice.appointment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.emplaw.core.facts.Appointment;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.ProbationCategory;
import org.emplaw.core.facts.ServiceHistory;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.la.civilservice.Options;

/**
 * Charter 1011: (a) the probationary period is set by the Board, not more than 12 months for entry-level classified
 * positions, 18 months for sworn police officers measured from the commencement of recruit training, up to 6 months
 * for non-entry-level positions and up to 12 months for management positions; (b) the appointing authority may
 * terminate a probationer by written notice served during the period, and without such a notice the appointment
 * is complete at its end.
 */
public final class Probation {
    private Probation() {
    }

    static String subject(ServiceHistory h, Appointment a) {
        return h.subject() + " appointment " + a.classCode() + " " + a.from();
    }

    private static ProbationCategory category(ServiceHistory h, Appointment a) {
        if (a.probation() == null) {
            throw new MissingFactException(subject(h, a), List.of("appointment probation (Charter 1011(a) category)"));
        }
        return a.probation();
    }

    /** The configured probationary period is within the Charter 1011(a) ceiling for the kind of position. */
    public static Finding ceiling(ServiceHistory h, Appointment a, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guard("The probationary period is within the Charter ceiling", subject(h, a),
                () -> ceilingOf(h, a, law));
    }

    private static Finding ceilingOf(ServiceHistory h, Appointment a, LawBook law) {
        ProbationCategory cat = category(h, a);
        ParameterValue max = law.value("la_cs_probation_max_months", cat.name().toLowerCase(Locale.ROOT), a.from());
        boolean ok = a.probationMonths() <= max.decimal().intValueExact();
        return Finding.of("The probationary period is within the Charter ceiling", subject(h, a)).parameter(max)
                .fact("category", cat).fact("probation_months", a.probationMonths())
                .amount(new Amount("probation_months", BigDecimal.valueOf(a.probationMonths()), "months", "as configured for the class"))
                .outcome(ok).reason(ok ? a.probationMonths() + " months is within the ceiling of " + max.text() + " months"
                        : "configuration error: " + a.probationMonths() + " months exceeds the Charter 1011(a) ceiling of "
                        + max.text() + " months for " + cat.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " positions")
                .build();
    }

    /** The last day of probation: from the start of recruit training for a police officer, else from appointment. */
    public static LocalDate lastDay(ServiceHistory h, Appointment a, EvaluationContext ctx) {
        LocalDate start = a.from();
        if (category(h, a) == ProbationCategory.POLICE_OFFICER_FROM_RECRUIT_TRAINING) {
            if (a.recruitTrainingStart() == null) {
                throw new MissingFactException(subject(h, a), List.of("appointment recruit_training_start"));
            }
            start = a.recruitTrainingStart();
        }
        return Options.lastDay(ctx, start, Period.ofMonths(a.probationMonths()));
    }

    /** Charter 1011(b): without a written notice served during probation, the appointment is complete at its end. */
    public static Finding completion(ServiceHistory h, Appointment a, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guard("The appointment is complete at the end of probation", subject(h, a),
                () -> completionOf(h, a, ctx));
    }

    private static Finding completionOf(ServiceHistory h, Appointment a, EvaluationContext ctx) {
        LocalDate last = lastDay(h, a, ctx);
        Finding.Builder b = Finding.of("The appointment is complete at the end of probation", subject(h, a))
                .fact("probation_last_day", last).fact("termination_notice_on", a.terminationNoticeOn())
                .choice(Options.periodChoice(ctx));
        if (a.probation() == ProbationCategory.POLICE_OFFICER_FROM_RECRUIT_TRAINING) {
            b.choice("probation measured from the commencement of recruit training (" + a.recruitTrainingStart() + "), Charter 1011(a)");
        }
        if (a.terminationNoticeOn() != null && !a.terminationNoticeOn().isAfter(last)) {
            return b.outcome(Outcome.NOT_MET).reason("a written notice terminating the probationer was served on "
                    + a.terminationNoticeOn() + ", within probation (last day " + last + ")").build();
        }
        if (!ctx.asOf().isAfter(last)) {
            return b.outcome(Outcome.NOT_MET).reason("still in probation as of " + ctx.asOf() + "; probation runs through "
                    + last + " and the appointment is complete on " + last.plusDays(1) + " unless a written notice is served by then").build();
        }
        return b.outcome(Outcome.MET).reason("no written notice was served by " + last + ", the last day of probation, so the "
                + "appointment is complete" + (a.terminationNoticeOn() != null ? " (the notice of " + a.terminationNoticeOn()
                + " came after probation ended)" : "")).build();
    }
}
