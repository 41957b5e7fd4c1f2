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
 * @param exemption   the exemption code ({@code executive}, {@code commissioned}, ...)
 * @param outcome     whether it holds
 * @param reason      the finding's reason
 * @param citations   the finding's citations
 */
public record ExemptionDetermination(String employeeId, String payPeriodId, String exemption, Outcome outcome,
                                     String reason, List<String> citations) {
    public ExemptionDetermination {
        citations = List.copyOf(citations == null ? List.of() : citations);
    }

    public static ExemptionDetermination of(Employee e, String payPeriodId, String exemption, Finding f) {
        return new ExemptionDetermination(e.id(), payPeriodId, exemption, f.outcome(), f.reason(), f.citations());
    }
}
