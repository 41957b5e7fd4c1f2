package org.emplaw.core.facts;

import java.time.LocalDate;

/**
 * An order of the Board of Civil Service Commissioners (Charter 1013(b)) that a temporary employee remain for a
 * specified period after a regular appointment can be made, to orient or train the new appointee.
 *
 * @param employeeId  the temporary employee
 * @param classCode   the class of the temporary appointment
 * @param until       the last day of the specified period
 */
public record BoardTrainingOrder(String employeeId, String classCode, LocalDate until) {
    public BoardTrainingOrder {
        employeeId = Check.id(employeeId, "board training order", "employee_id");
        String rec = "board training order " + employeeId;
        classCode = Check.id(classCode, rec, "class_code");
        Check.required(until, rec, "until");
    }
}
