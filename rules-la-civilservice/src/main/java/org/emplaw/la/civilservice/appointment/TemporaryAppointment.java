package org.emplaw.la.civilservice.appointment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import org.emplaw.core.facts.Appointment;
import org.emplaw.core.facts.BoardTrainingOrder;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.finding.Outcome;
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

    public static final String END_QUESTION = "The temporary appointment ended when a regular appointment could be made";

    /**
     * The first day a regular appointment to the class could be made: the appointment's start or, if later, the
     * earliest day an eligible (not rejected) was placed on an eligible list for the class; {@code null} when none is.
     */
    static LocalDate regularAppointmentPossible(Appointment a, Collection<?> eligibles) {
        LocalDate first = null;
        for (Object o : eligibles) {
            Candidate c = (Candidate) o;
            if (c.listedOn() != null && c.rejection() == null && (first == null || c.listedOn().isBefore(first))) {
                first = c.listedOn();
            }
        }
        if (first == null) {
            return null;
        }
        return first.isBefore(a.from()) ? a.from() : first;
    }

    /**
     * Charter 1013(b): the temporary appointment ends immediately when a regular appointment can be made, unless the
     * Board orders the temporary employee to remain for a specified period to orient or train the new appointee.
     * {@code eligibles} are the candidates of the examinations for the class; {@code orders} the Board's orders for
     * this employee and class.
     */
    public static Finding endsWhenRegularAppointmentPossible(ServiceHistory h, Appointment a, Collection<?> eligibles,
                                                             Collection<?> orders, EvaluationContext ctx) {
        LocalDate possible = regularAppointmentPossible(a, eligibles);
        LocalDate served = a.to() != null ? a.to() : ctx.asOf();
        Finding.Builder b = Finding.of(END_QUESTION, Probation.subject(h, a)).fact("served_through", served)
                .fact("regular_appointment_possible_from", possible)
                .choice("the temporary appointment may run through the day a regular appointment first becomes possible "
                        + "(an eligible is placed on the list); it must not continue after that day");
        if (possible == null) {
            return b.outcome(Outcome.MET).reason("no eligible is on a list for class " + a.classCode() + " in the facts: "
                    + "a regular appointment cannot yet be made").build();
        }
        if (!served.isAfter(possible)) {
            return b.outcome(Outcome.MET).reason("served through " + served + "; a regular appointment could be made from "
                    + possible).build();
        }
        BoardTrainingOrder order = null;
        for (Object o : orders) {
            BoardTrainingOrder x = (BoardTrainingOrder) o;
            if (order == null || x.until().isAfter(order.until())) {
                order = x;
            }
        }
        if (order != null) {
            b.fact("board_order_until", order.until());
            boolean ok = !served.isAfter(order.until());
            return b.outcome(ok).reason(ok ? "a regular appointment could be made from " + possible + "; the Board ordered the "
                    + "temporary employee kept through " + order.until() + " to orient or train the new appointee, and the "
                    + "appointment ran through " + served
                    : "the Board's order for orientation or training ran through " + order.until() + ", but the appointment "
                    + "continued through " + served).build();
        }
        return b.outcome(Outcome.NOT_MET).reason("a regular appointment could be made from " + possible + " (an eligible on the "
                + "list for class " + a.classCode() + "); the temporary appointment continued through " + served
                + " with no Board order to keep it for orientation or training").build();
    }
}
