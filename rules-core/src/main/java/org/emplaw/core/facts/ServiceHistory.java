package org.emplaw.core.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.emplaw.core.io.InputException;

/**
 * An employee's City service: the appointments in date order and the absences. Every kind of seniority
 * (Civil Service Rules 1.33, 1.34) is computed from it.
 *
 * @param employeeId    the employee
 * @param appointments  appointments; they must not overlap
 * @param absences      absences from a classified position
 */
public record ServiceHistory(String employeeId, List<Appointment> appointments, List<Absence> absences) {
    public ServiceHistory {
        employeeId = Check.id(employeeId, "service history", "employee_id");
        String rec = "service history " + employeeId;
        List<Appointment> sorted = new ArrayList<>(Check.list(appointments));
        sorted.sort(Comparator.comparing(Appointment::from));
        for (int i = 1; i < sorted.size(); i++) {
            Appointment prev = sorted.get(i - 1);
            if (prev.to() == null || !prev.to().isBefore(sorted.get(i).from())) {
                throw new InputException(rec, "appointments[" + i + "]", "overlaps " + prev.label());
            }
        }
        appointments = List.copyOf(sorted);
        absences = Check.list(absences);
    }

    /** Subject label used in findings. */
    public String subject() {
        return "employee " + employeeId;
    }

    /** The appointment covering a date, or {@code null}. */
    public Appointment on(java.time.LocalDate d) {
        for (Appointment a : appointments) {
            if (a.covers(d)) {
                return a;
            }
        }
        return null;
    }
}
