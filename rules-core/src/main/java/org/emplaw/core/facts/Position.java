package org.emplaw.core.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A position (job) as actually performed: duties as shares of working time, supervision, and the
 * descriptors equal-pay and exemption analysis read. Judgments the law leaves to a person are given,
 * when someone has made them, as {@link Determination}s keyed by the question
 * ({@code discretion_and_independent_judgment}, {@code management_duties}, ...).
 *
 * @param id                 position identifier
 * @param title              working title (never decisive by itself)
 * @param classCode          job class code
 * @param department         department
 * @param duties             duties as shares of working time
 * @param supervision        whom the incumbent directs
 * @param determinations     judgments supplied by a person, by question key
 * @param licenseRequired    licence the position requires ({@code physician}, {@code attorney}...)
 * @param workingConditions  working conditions, in words (equal pay: "similar working conditions")
 * @param skill              skill required, in words
 * @param effort             effort required, in words
 * @param responsibility     responsibility, in words
 * @param timeAwaySellingShare fraction of working time away from the employer's place of business selling
 */
public record Position(String id, String title, String classCode, String department, List<DutyShare> duties,
                       Supervision supervision, Map<String, Determination> determinations, String licenseRequired,
                       String workingConditions, String skill, String effort, String responsibility,
                       BigDecimal timeAwaySellingShare) {
    public Position {
        id = Check.id(id, "position", "id");
        duties = Check.list(duties);
        determinations = Check.map(determinations);
        licenseRequired = Check.code(licenseRequired);
        Check.between(timeAwaySellingShare, BigDecimal.ZERO, BigDecimal.ONE, "position " + id, "time_away_selling_share");
        BigDecimal total = BigDecimal.ZERO;
        for (DutyShare d : duties) {
            total = total.add(d.share());
        }
        if (total.compareTo(new BigDecimal("1.0001")) > 0) {
            throw new org.emplaw.core.io.InputException("position " + id, "duties",
                    "shares add up to more than 1 (" + total.toPlainString() + ")");
        }
    }

    /** Total share of working time spent on duties of the given kinds. */
    public BigDecimal shareOf(java.util.Collection<String> kinds) {
        BigDecimal total = BigDecimal.ZERO;
        for (DutyShare d : duties) {
            if (kinds.contains(d.kind())) {
                total = total.add(d.share());
            }
        }
        return total;
    }

    public Determination determination(String question) {
        return determinations.get(question);
    }
}
