package org.emplaw.ca.wage.exemption;

import java.util.List;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;

/**
 * Inserted by each exemption rule beside its finding, so that the status rule can combine the claimed
 * exemptions into one {@link org.emplaw.ca.wage.ExemptionStatus}.
 *
 * @param employeeId  the employee
 * @param payPeriodId the pay period (per-period commissioned exemption) or {@code null}
 * @param occasion    the test of some pay periods it was made on ({@link ExemptionOccasion#isPerPayPeriod()}), or
 *                    {@code null} for a determination about the employee or one pay period
 * @param exemption   the exemption code ({@code executive}, {@code commissioned}, ...)
 * @param outcome     whether it holds
 * @param reason      the finding's reason
 * @param citations   the finding's citations
 */
public record ExemptionDetermination(String employeeId, String payPeriodId, String exemption, Outcome outcome,
                                     String reason, List<String> citations, ExemptionOccasion occasion) {
    public ExemptionDetermination {
        citations = List.copyOf(citations == null ? List.of() : citations);
    }

    public static ExemptionDetermination of(Employee e, String payPeriodId, String exemption, Finding f) {
        return new ExemptionDetermination(e.id(), payPeriodId, exemption, f.outcome(), f.reason(), f.citations(), null);
    }

    /** A determination made on a test of some pay periods ({@link ExemptionOccasion}): it holds for those pay periods. */
    public static ExemptionDetermination on(ExemptionOccasion occasion, String exemption, Finding f) {
        return new ExemptionDetermination(occasion.employeeId(), null, exemption, f.outcome(), f.reason(), f.citations(), occasion);
    }
}
