package org.emplaw.core.facts;

import java.math.BigDecimal;

/**
 * One test of an examination, as the announcement states it (Civil Service Rules 4.3, 4.8).
 *
 * @param id                 test identifier
 * @param name               test name (written test, interview, ...)
 * @param weight             weight in percent; {@code null} for an unweighted or qualifying test
 * @param qualifying         pass/fail test that is a condition of eligibility (absent: false)
 * @param passMark           minimum score on this test, if the announcement sets one
 * @param ratedCompetitively a qualifying test whose ratings are used in the final average (only when announced)
 * @param purpose            the stated purpose of an unweighted test
 */
public record ExamPart(String id, String name, BigDecimal weight, Boolean qualifying, BigDecimal passMark,
                       Boolean ratedCompetitively, String purpose) {
    public ExamPart {
        id = Check.id(id, "exam part", "id");
        qualifying = Boolean.TRUE.equals(qualifying);
        ratedCompetitively = Boolean.TRUE.equals(ratedCompetitively);
        Check.between(weight, BigDecimal.ZERO, new BigDecimal("100"), "exam part " + id, "weight");
        Check.between(passMark, BigDecimal.ZERO, new BigDecimal("100"), "exam part " + id, "pass_mark");
    }
}
