package org.emplaw.core.facts;

import java.time.LocalDate;

/**
 * A request for the reserve lists of a class (Civil Service Rule 1.30): the department reserve list of the department
 * to which certification is being made, and the general reserve list merged from the reserve lists of all the other
 * departments.
 *
 * @param id          identifier
 * @param classCode   the class
 * @param department  the department to which certification is being made
 * @param on          date of the request (names laid off after it are not on the lists)
 * @param tieBreak    the tie-break for equal reserve-list seniority, when configured ({@code earlier_class_entry},
 *                    {@code earlier_city_hire}); {@code null} when none is configured
 */
public record ReserveListRequest(String id, String classCode, String department, LocalDate on, String tieBreak) {
    public ReserveListRequest {
        id = Check.id(id, "reserve list request", "id");
        String rec = "reserve list request " + id;
        classCode = Check.id(classCode, rec, "class_code");
        department = Check.id(department, rec, "department");
        Check.required(on, rec, "on");
        tieBreak = Check.code(tieBreak);
        if (tieBreak != null && !tieBreak.equals("earlier_class_entry") && !tieBreak.equals("earlier_city_hire")) {
            throw new org.emplaw.core.io.InputException(rec, "tie_break", "must be earlier_class_entry or earlier_city_hire (was '"
                    + tieBreak + "')");
        }
    }

    public String subject() {
        return "reserve list request " + id;
    }
}
