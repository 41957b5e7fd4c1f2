package org.emplaw.la.civilservice.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.rules.MissingFactException;

/**
 * Promotional seniority credit (Civil Service Rule 1.33(c): "the credit given in promotional examinations for
 * continuous service"; Charter 1009: "an allowance of credits for past service"). The amount is the candidate's
 * stated credit when the Personnel Department gives it; otherwise years of continuous service times the credit per
 * year, capped at the maximum (exam settings or City parameters; neither figure is in the Rules, fact sheet A18).
 */
public final class SeniorityCredit {
    private SeniorityCredit() {
    }

    /** The credit in points and how it was found. */
    public record Credit(BigDecimal points, String computation, ExamSettings.Setting perYear, ExamSettings.Setting max) {
    }

    public static Credit of(Exam e, Candidate c, LawBook law, LocalDate date) {
        if (c.seniorityCredit() != null) {
            return new Credit(c.seniorityCredit(), "stated promotional seniority credit " + WholeScore.plain(c.seniorityCredit()),
                    null, null);
        }
        if (c.continuousServiceYears() == null) {
            throw new MissingFactException(c.subject(), java.util.List.of("seniority_credit or continuous_service_years"));
        }
        ExamSettings.Setting perYear = ExamSettings.get(e, ExamSettings.SENIORITY_PER_YEAR,
                "la_cs_promotional_seniority_credit_per_year", law, date);
        ExamSettings.Setting max = ExamSettings.get(e, ExamSettings.SENIORITY_MAX, "la_cs_promotional_seniority_credit_max", law, date);
        BigDecimal raw = c.continuousServiceYears().multiply(perYear.decimal());
        BigDecimal points = raw.min(max.decimal());
        String text = WholeScore.plain(c.continuousServiceYears()) + " years x " + perYear.text() + " points/year = "
                + WholeScore.plain(raw) + (raw.compareTo(points) > 0 ? ", capped at " + max.text() : " (cap " + max.text() + ")")
                + " = " + WholeScore.plain(points) + " points";
        return new Credit(points, text, perYear, max);
    }
}
