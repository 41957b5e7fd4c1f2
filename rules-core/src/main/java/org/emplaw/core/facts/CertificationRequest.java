package org.emplaw.core.facts;

import java.time.LocalDate;

/**
 * A request of an appointing authority for names from an eligible list.
 *
 * @param id             request identifier
 * @param examId         the eligible list (by its examination) to certify from
 * @param openExamId     for a Charter 1009 dual certification: the open competitive list
 * @param writtenRequest whether the appointing authority asked in writing (Charter 1009)
 * @param on             date of the request
 */
public record CertificationRequest(String id, String examId, String openExamId, Boolean writtenRequest, LocalDate on) {
    public CertificationRequest {
        id = Check.id(id, "certification request", "id");
        examId = Check.id(examId, "certification request " + id, "exam_id");
    }

    public String subject() {
        return "certification request " + id;
    }
}
