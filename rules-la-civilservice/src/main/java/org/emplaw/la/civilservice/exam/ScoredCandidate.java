package org.emplaw.la.civilservice.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.emplaw.core.finding.Outcome;

/**
 * The result of scoring one candidate (Rules 4.4 to 4.7), inserted by the scoring rule for the list rules:
 * {@code outcome} is MET (passed, placed on the list), NOT_MET (failed) or an undecided outcome.
 *
 * @param fgaBeforeVeteransCredit the final general average before veterans credit (Charter 1009 compares it)
 * @param finalGeneralAverage     the final general average with any credits allowed (Rule 1.21): the list score
 * @param pending                 a weighted or qualifying test is still to be taken
 * @param veteransClaim           the candidate claims veterans credit
 * @param listedOn                date placed on the list, when given
 * @param rejectedOn              date the candidate was rejected or disqualified (Rule 3.5), if any
 */
public record ScoredCandidate(String examId, String candidateId, Outcome outcome, BigDecimal fgaBeforeVeteransCredit,
                              BigDecimal finalGeneralAverage, boolean pending, boolean veteransClaim, LocalDate listedOn,
                              LocalDate rejectedOn) {

    /** Passed and placed on the eligible list (before any removal). */
    public boolean placed() {
        return outcome == Outcome.MET;
    }

    /** The score is decided (passed or failed). */
    public boolean decided() {
        return outcome.decided();
    }
}
