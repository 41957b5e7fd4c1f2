package org.emplaw.core.facts;

import java.time.LocalDate;
import org.emplaw.core.io.InputException;

/**
 * One appointment of an employee: the kind, the class and department, the dates and how it ended, and the
 * probationary period the appointing authority set.
 *
 * @param kind                 the kind of appointment
 * @param classCode            the class
 * @param department           the department (Rule 1.14)
 * @param from                 first day of the appointment
 * @param to                   last day, or {@code null} while it lasts
 * @param separation           how it ended ({@code null} while it lasts)
 * @param probation            the Charter 1011(a) category of the position, for a regular appointment
 * @param probationMonths      the probationary period set for the class, in months
 * @param recruitTrainingStart for a police officer, the start of recruit training (probation is measured from it)
 * @param terminationNoticeOn  date a written notice terminating the probationer was served, if any (Charter 1011(b))
 * @param completedProbation   whether the probationary period was completed, when known
 */
public record Appointment(AppointmentKind kind, String classCode, String department, LocalDate from, LocalDate to,
                          Separation separation, ProbationCategory probation, Integer probationMonths,
                          LocalDate recruitTrainingStart, LocalDate terminationNoticeOn, Boolean completedProbation) {
    public Appointment {
        Check.required(kind, "appointment", "kind");
        classCode = Check.id(classCode, "appointment", "class_code");
        String rec = "appointment " + classCode + " from " + from;
        Check.required(from, rec, "from");
        if (to != null && to.isBefore(from)) {
            throw new InputException(rec, "to", "is before 'from' (" + to + " < " + from + ")");
        }
        if (separation != null && to == null) {
            throw new InputException(rec, "to", "is required when a separation is given");
        }
        if (probationMonths != null && probationMonths < 0) {
            throw new InputException(rec, "probation_months", "must not be negative");
        }
    }

    /** True when the appointment covers {@code d}. */
    public boolean covers(LocalDate d) {
        return !d.isBefore(from) && (to == null || !d.isAfter(to));
    }

    public String label() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " appointment to class " + classCode
                + (department == null ? "" : " in " + department) + " from " + from;
    }
}
