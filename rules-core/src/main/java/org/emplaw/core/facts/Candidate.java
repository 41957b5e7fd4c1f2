package org.emplaw.core.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A candidate in an examination, with the score on each test taken so far.
 *
 * @param id                      candidate identifier
 * @param examId                  the examination
 * @param partScores              score (0-100) per test id; a test not yet taken is absent
 * @param applicationReceived     date the application was received by the Personnel Department
 * @param department              the candidate's department (promotional examinations)
 * @param continuousServiceYears  continuous service, for promotional seniority credit
 * @param military                military service, for veterans credit
 * @param veteranSpouseBasis      for a spouse: the date of the veteran's death or of the Board's determination of inability to work
 * @param listedOn                date placed on the eligible list
 */
public record Candidate(String id, String examId, Map<String, BigDecimal> partScores, LocalDate applicationReceived,
                        String department, BigDecimal continuousServiceYears, MilitaryService military,
                        LocalDate veteranSpouseBasis, LocalDate listedOn) {
    public Candidate {
        id = Check.id(id, "candidate", "id");
        partScores = Check.map(partScores);
        for (Map.Entry<String, BigDecimal> e : partScores.entrySet()) {
            Check.required(e.getValue(), "candidate " + id, "part_scores." + e.getKey());
            Check.between(e.getValue(), BigDecimal.ZERO, new BigDecimal("100"), "candidate " + id, "part_scores." + e.getKey());
        }
        Check.nonNegative(continuousServiceYears, "candidate " + id, "continuous_service_years");
    }
}
