package org.emplaw.la.civilservice.applicant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.emplaw.core.facts.Appointment;
import org.emplaw.core.facts.AppointmentKind;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.ClassRank;
import org.emplaw.core.facts.ClassSalary;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ServiceHistory;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.rules.MissingFactException;

/**
 * Civil Service Rule 1.18(c): a promotional examination is open to an employee "in a lower rank", and "an employee
 * shall be deemed to be in a lower rank if appointment from the eligible list resulting from an examination could
 * result in increased promotional opportunity or a higher maximum salary". Decided on the class the employee holds
 * (or last held) on the judging date against the class examined: a higher maximum salary, or the examined class
 * determined to be a higher class (Rule 1.11, as {@link ClassRank}), is a lower rank; otherwise whether the list
 * could bring increased promotional opportunity is left to a person.
 */
public final class LowerRank {
    public static final String QUESTION = "The applicant is in a lower rank than the class examined";

    private LowerRank() {
    }

    /** The class the employee holds on {@code on}, or else the last regular or Rule 5.30 appointment before it. */
    static Appointment classHeld(ServiceHistory h, LocalDate on) {
        Appointment a = h.on(on);
        if (a != null) {
            return a;
        }
        Appointment last = null;
        for (Appointment x : h.appointments()) {
            if ((x.kind() == AppointmentKind.REGULAR || x.kind() == AppointmentKind.TEMPORARY_5_30) && x.from().isBefore(on)) {
                last = x;
            }
        }
        return last;
    }

    static BigDecimal maxSalary(Collection<?> salaries, String classCode) {
        for (Object o : salaries) {
            ClassSalary s = (ClassSalary) o;
            if (s.classCode().equals(classCode)) {
                return s.maximumSalary();
            }
        }
        return null;
    }

    /** True when {@code ranks} determine {@code higher} to be a higher class than {@code lower}; null when they say nothing. */
    static Boolean isHigher(Collection<?> ranks, String lower, String higher) {
        for (Object o : ranks) {
            ClassRank r = (ClassRank) o;
            if (r.classCode().equals(lower) && r.higherClasses().contains(higher)) {
                return true;
            }
            if (r.classCode().equals(higher) && r.higherClasses().contains(lower)) {
                return false;
            }
        }
        return null;
    }

    public static Finding evaluate(Exam e, Candidate c, ServiceHistory h, Collection<?> ranks, Collection<?> salaries) {
        return org.emplaw.la.civilservice.Gaps.guard(QUESTION, c.subject(), () -> decide(e, c, h, ranks, salaries));
    }

    private static Finding decide(Exam e, Candidate c, ServiceHistory h, Collection<?> ranks, Collection<?> salaries) {
        LocalDate on = c.applicationReceived() != null ? c.applicationReceived() : e.applicationDeadline();
        if (on == null) {
            throw new MissingFactException(c.subject(), List.of("application_received (or exam application_deadline)"));
        }
        if (e.classCode() == null) {
            throw new MissingFactException("exam " + e.id(), List.of("class_code"));
        }
        Appointment held = classHeld(h, on);
        Finding.Builder b = Finding.of(QUESTION, c.subject()).fact("exam", e.id()).fact("judged_on", on)
                .fact("class_examined", e.classCode());
        if (held == null) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason("no regular or Rule 5.30 appointment on or before " + on
                    + " (eligibility is decided by the Rule 1.18(c) routes)").build();
        }
        b.fact("class_held", held.classCode());
        if (held.classCode().equals(e.classCode())) {
            return b.outcome(Outcome.NOT_MET).reason("the applicant already holds class " + held.classCode()
                    + ", the class examined: appointment from the list brings no higher class").build();
        }
        BigDecimal mine = maxSalary(salaries, held.classCode());
        BigDecimal theirs = maxSalary(salaries, e.classCode());
        Boolean higher = isHigher(ranks, held.classCode(), e.classCode());
        b.fact("max_salary_class_held", mine).fact("max_salary_class_examined", theirs).fact("class_examined_higher", higher);
        if (mine != null && theirs != null && theirs.compareTo(mine) > 0) {
            return b.outcome(Outcome.MET).reason("the maximum salary of class " + e.classCode() + " (" + theirs.toPlainString()
                    + ") is higher than that of class " + held.classCode() + " (" + mine.toPlainString() + ")").build();
        }
        if (Boolean.TRUE.equals(higher)) {
            return b.outcome(Outcome.MET).reason("class " + e.classCode() + " is determined to be higher than class "
                    + held.classCode() + " (class_rank): appointment could increase promotional opportunity").build();
        }
        if (mine == null || theirs == null) {
            if (higher == null) {
                List<String> missing = new ArrayList<>();
                if (mine == null) {
                    missing.add("class_salary " + held.classCode());
                }
                if (theirs == null) {
                    missing.add("class_salary " + e.classCode());
                }
                missing.add("class_rank " + held.classCode() + " (whether class " + e.classCode() + " is higher)");
                throw new MissingFactException(c.subject(), missing);
            }
        }
        String salaries2 = mine != null && theirs != null ? "the maximum salary of class " + e.classCode() + " ("
                + theirs.toPlainString() + ") is not higher than that of class " + held.classCode() + " (" + mine.toPlainString() + ")"
                : "the maximum salaries are not both stated";
        if (Boolean.FALSE.equals(higher)) {
            return b.outcome(Outcome.NOT_MET).reason(salaries2 + ", and class " + held.classCode()
                    + " is determined to be higher than class " + e.classCode() + " (class_rank)").build();
        }
        return b.outcome(Outcome.NEEDS_JUDGMENT).reason(salaries2 + "; whether appointment from the list could result in "
                + "increased promotional opportunity is for a person to judge; facts: class held " + held.classCode()
                + ", class examined " + e.classCode() + ", no class_rank relation between them").build();
    }
}
