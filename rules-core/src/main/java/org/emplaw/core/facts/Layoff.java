package org.emplaw.core.facts;

import java.time.LocalDate;
import org.emplaw.core.io.InputException;

/**
 * A reduction of positions in a class group (a class in a department, Civil Service Rule 1.12).
 *
 * @param id          identifier
 * @param department  the department
 * @param classCode   the class
 * @param positions   number of positions to be cut
 * @param effective   date of the layoff
 * @param tieBreak    the tie-break for equal layoff seniority, when configured ({@code earlier_class_entry},
 *                    {@code earlier_city_hire}); {@code null} when none is configured
 * @param temporary   a temporary stoppage of work (Rule 8.7): financial emergency declared by the Mayor, inclement
 *                    weather or another unforeseen reason
 * @param cause       the cause of a temporary stoppage ({@code financial_emergency}, {@code inclement_weather}, {@code other})
 * @param goodFaith   whether the appointing authority acts in good faith, no employee losing rights or gaining an
 *                    advantage, as found by a person; {@code null} when not yet found
 */
public record Layoff(String id, String department, String classCode, int positions, LocalDate effective,
                     String tieBreak, Boolean temporary, String cause, Boolean goodFaith) {
    public Layoff {
        id = Check.id(id, "layoff", "id");
        String rec = "layoff " + id;
        department = Check.id(department, rec, "department");
        classCode = Check.id(classCode, rec, "class_code");
        Check.required(effective, rec, "effective");
        if (positions < 0) {
            throw new InputException(rec, "positions", "must not be negative");
        }
        tieBreak = Check.code(tieBreak);
        cause = Check.code(cause);
    }

    public String subject() {
        return "layoff " + id;
    }
}
