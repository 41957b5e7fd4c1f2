package org.emplaw.core.facts;

import java.time.LocalDate;

/**
 * An eligible's name was used or taken off a list (appointed, removed, waived) or put back (restored),
 * effective from a date.
 */
public record ListAction(String examId, String candidateId, ListActionKind action, LocalDate on, String reason) {
    public ListAction {
        examId = Check.id(examId, "list action", "exam_id");
        candidateId = Check.id(candidateId, "list action", "candidate_id");
        Check.required(action, "list action " + candidateId, "action");
        Check.required(on, "list action " + candidateId, "on");
    }
}
