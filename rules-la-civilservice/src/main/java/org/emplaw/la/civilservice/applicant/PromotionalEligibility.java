package org.emplaw.la.civilservice.applicant;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.emplaw.core.facts.Absence;
import org.emplaw.core.facts.AbsenceKind;
import org.emplaw.core.facts.Appointment;
import org.emplaw.core.facts.AppointmentKind;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ExamType;
import org.emplaw.core.facts.Separation;
import org.emplaw.core.facts.ServiceHistory;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.la.civilservice.Options;

/**
 * Civil Service Rule 1.18(c): a promotional examination is open to an employee in a lower rank who (1) has received a
 * regular appointment or a Rule 5.30 appointment and has had no later break in service (limited, intermittent, exempt
 * and temporary emergency appointments do not qualify), or (2) is on a reserve list or on leave of absence, or (3)
 * received a Rule 5.30 appointment to a temporary position and was separated for lack of work within the past five
 * years; a departmental promotional examination is restricted to the employees of the department. Judged on the
 * date the application was received (or the last day to file).
 */
public final class PromotionalEligibility {
    public static final String QUESTION = "The applicant may compete in the promotional examination";

    private PromotionalEligibility() {
    }

    public static Finding evaluate(Exam e, Candidate c, ServiceHistory h, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guard(QUESTION, c.subject(), () -> decide(e, c, h, law, ctx));
    }

    private static Finding decide(Exam e, Candidate c, ServiceHistory h, LawBook law, EvaluationContext ctx) {
        LocalDate on = c.applicationReceived() != null ? c.applicationReceived() : e.applicationDeadline();
        if (on == null) {
            throw new MissingFactException(c.subject(), List.of("application_received (or exam application_deadline)"));
        }
        Finding.Builder b = Finding.of(QUESTION, c.subject()).fact("exam", e.id()).fact("judged_on", on);
        Appointment current = h.on(on);
        String route = null;
        LocalDate breakAfter = null;
        for (Appointment a : h.appointments()) {
            if (a.separation() != null && a.separation().breakInService() && a.to().isBefore(on)) {
                breakAfter = a.to();
            }
        }
        for (Appointment a : h.appointments()) {
            boolean qualifying = a.kind() == AppointmentKind.REGULAR || a.kind() == AppointmentKind.TEMPORARY_5_30;
            if (qualifying && !a.from().isAfter(on) && (breakAfter == null || a.from().isAfter(breakAfter)) && current != null) {
                route = "(1) " + a.label() + " with no later break in service, employed on " + on;
                break;
            }
        }
        if (route == null) {
            for (Absence ab : h.absences()) {
                if (ab.kind() == AbsenceKind.LEAVE_OF_ABSENCE && ab.period().contains(on)) {
                    route = "(2) on leave of absence " + ab.period().from() + " to " + ab.period().to();
                }
            }
        }
        if (route == null) {
            ParameterValue years = law.value("la_cs_promotional_lack_of_work_window_years", null, on);
            for (Appointment a : h.appointments()) {
                if (a.kind() == AppointmentKind.TEMPORARY_5_30 && a.separation() == Separation.LACK_OF_WORK
                        && !a.to().isAfter(on) && !on.isAfter(Options.lastDay(ctx, a.to().plusDays(1),
                        Period.ofYears(years.decimal().intValueExact())))) {
                    b.parameter(years);
                    route = "(3) separated from a Rule 5.30 appointment for lack of work on " + a.to() + ", within "
                            + years.text() + " years";
                }
            }
        }
        if (route == null) {
            for (Appointment a : h.appointments()) {
                if (a.kind() == AppointmentKind.REGULAR && a.separation() == Separation.LAYOFF
                        && Boolean.TRUE.equals(a.completedProbation()) && !a.to().isAfter(on)) {
                    ParameterValue life = law.value("la_cs_reserve_list_duration_years", null, on);
                    b.parameter(life);
                    if (!on.isAfter(Options.lastDay(ctx, a.to().plusDays(1), Period.ofYears(life.decimal().intValueExact())))) {
                        route = "(2) on the reserve list after layoff on " + a.to();
                    }
                }
            }
        }
        if (route == null) {
            return b.outcome(Outcome.NOT_MET).reason("none of the Rule 1.18(c) routes: no regular or Rule 5.30 appointment without a "
                    + "later break in service, no leave of absence or reserve list, no recent lack-of-work separation"
                    + (h.appointments().isEmpty() ? "" : "; appointments held: " + h.appointments().stream().map(Appointment::label).toList()
                    + " (limited, intermittent, exempt and emergency appointments do not qualify)")).build();
        }
        if (e.type() == ExamType.DEPARTMENTAL_PROMOTIONAL) {
            String dept = current != null && current.department() != null ? current.department() : c.department();
            if (e.department() == null) {
                throw new MissingFactException("exam " + e.id(), List.of("department"));
            }
            if (dept == null) {
                throw new MissingFactException(c.subject(), List.of("department"));
            }
            if (!e.department().equals(dept)) {
                return b.outcome(Outcome.NOT_MET).citation("Civil Service Rule 1.18(c)(4)").reason("the departmental promotional "
                        + "examination is restricted to employees of " + e.department() + "; the applicant is in " + dept).build();
            }
        }
        return b.outcome(Outcome.MET).reason(route).build();
    }
}
