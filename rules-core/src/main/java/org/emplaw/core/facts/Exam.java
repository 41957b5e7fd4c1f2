package org.emplaw.core.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A civil-service examination as announced.
 *
 * @param id                   examination identifier
 * @param classCode            the class examined for
 * @param title                class title
 * @param type                 open competitive, departmental or interdepartmental promotional
 * @param department           the department, for a departmental promotional examination
 * @param parts                the tests, with weights
 * @param applicationDeadline  last day to file
 * @param reportAdopted        date the Report of Examination was adopted by the Board
 * @param announcementStatesServiceCredit whether a promotional announcement states that credit for past service is given (Charter 1009)
 * @param settings             figures the announcement or City configuration supplies (seniority credit per year, rounding mode, ...)
 */
public record Exam(String id, String classCode, String title, ExamType type, String department, List<ExamPart> parts,
                   LocalDate applicationDeadline, LocalDate reportAdopted, Boolean announcementStatesServiceCredit,
                   Map<String, String> settings) {
    public Exam {
        id = Check.id(id, "exam", "id");
        Check.required(type, "exam " + id, "type");
        parts = Check.list(parts);
        settings = Check.map(settings);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ExamPart p : parts) {
            if (!ids.add(p.id())) {
                throw new org.emplaw.core.io.InputException("exam " + id, "parts", "test id '" + p.id() + "' appears twice");
            }
        }
    }
}
