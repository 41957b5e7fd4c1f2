package org.emplaw.la.civilservice.appointment;

import java.time.LocalDate;
import java.time.Period;
import org.emplaw.core.facts.Appointment;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.ServiceHistory;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.la.civilservice.Options;

/**
 * Charter 1013(a)-(b): a temporary appointment, to prevent stoppage of public business or meet extraordinary
 * exigencies, may last until an eligible list exists but no longer than one year, and ends when a regular
 * appointment can be made (unless the Board orders the temporary employee kept for a specified period to train
 * the new appointee). Civil Service Rule 1.5(a).
 */
public final class TemporaryAppointment {
    private TemporaryAppointment() {
    }

    public static Finding withinLimit(ServiceHistory h, Appointment a, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guard("The temporary appointment lasts no longer than the Charter limit",
                Probation.subject(h, a), () -> decide(h, a, law, ctx));
    }

    private static Finding decide(ServiceHistory h, Appointment a, LawBook law, EvaluationContext ctx) {
        ParameterValue max = law.value("la_cs_temporary_appointment_max_months", null, a.from());
        LocalDate last = Options.lastDay(ctx, a.from(), Period.ofMonths(max.decimal().intValueExact()));
        LocalDate served = a.to() != null ? a.to() : ctx.asOf();
        boolean ok = !served.isAfter(last);
        return Finding.of("The temporary appointment lasts no longer than the Charter limit", Probation.subject(h, a))
                .parameter(max).choice(Options.periodChoice(ctx)).fact("last_permitted_day", last).fact("served_through", served)
                .outcome(ok).reason(ok ? "served through " + served + "; it may last no later than " + last
                        + ", and must end earlier as soon as a regular appointment can be made (Charter 1013(b))"
                        : "served through " + served + ", beyond " + last + ", the last day of " + max.text() + " months")
                .build();
    }
}
