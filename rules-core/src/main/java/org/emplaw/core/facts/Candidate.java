package org.emplaw.core.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A candidate in an examination, with the score on each test taken so far.
 *
 * @param id                      candidate identifier
 * @param examId                  the examination
 * @param employeeId              the City employee this candidate is (promotional examinations), linking to a
 *                                {@link ServiceHistory}; {@code null} when not an employee
 * @param partScores              score (0-100) per test id; a test not yet taken is absent
 * @param applicationReceived     date the application was received by the Personnel Department
 * @param department              the candidate's department (promotional examinations)
 * @param continuousServiceYears  continuous service in years, for promotional seniority credit
 * @param seniorityCredit         promotional seniority credit in points, when the Personnel Department states it
 *                                (otherwise computed from {@code continuousServiceYears} and the exam's settings)
 * @param military                military service, for veterans credit (for a spouse: the veteran's service)
 * @param veteranSpouseBasis      for a spouse: the date of the veteran's death or of the Board's determination of inability to work
 * @param listedOn                date placed on the eligible list
 * @param rejection               the rejection or disqualification of the applicant (Rule 3.5), if any
 */
public record Candidate(String id, String examId, String employeeId, Map<String, BigDecimal> partScores,
                        LocalDate applicationReceived, String department, BigDecimal continuousServiceYears,
                        BigDecimal seniorityCredit, MilitaryService military, LocalDate veteranSpouseBasis,
                        LocalDate listedOn, Rejection rejection) {
    public Candidate {
        id = Check.id(id, "candidate", "id");
        String rec = "candidate " + id;
        examId = Check.id(examId, rec, "exam_id");
        partScores = Check.map(partScores);
        for (Map.Entry<String, BigDecimal> e : partScores.entrySet()) {
            Check.required(e.getValue(), rec, "part_scores." + e.getKey());
            Check.between(e.getValue(), BigDecimal.ZERO, new BigDecimal("100"), rec, "part_scores." + e.getKey());
        }
        Check.nonNegative(continuousServiceYears, rec, "continuous_service_years");
        Check.nonNegative(seniorityCredit, rec, "seniority_credit");
        if (veteranSpouseBasis != null && military == null) {
            throw new org.emplaw.core.io.InputException(rec, "military",
                    "is required with veteran_spouse_basis (the veteran's service)");
        }
    }

    /** Subject label used in findings. */
    public String subject() {
        return "candidate " + id;
    }
}
