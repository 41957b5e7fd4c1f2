package org.emplaw.ca.wage;

import java.util.List;
import org.emplaw.core.finding.Outcome;

/**
 * The exemption rules' conclusion about an employee, which the pay-period rules read: whether the
 * employee is lawfully exempt from overtime (and, for outside salespersons, from the whole wage order
 * including minimum wage). The exemption rules insert exactly one employee-level status (with
 * {@code payPeriodId == null}) for every {@code Employee} evaluated and, when the per-pay-period
 * commissioned exemption (Wage Order 4/7 section 3(D)) is claimed, one more per {@code PayPeriod} of
 * that employee. For a pay period that has its own status, the pay-period status supersedes the
 * employee-level one (it already takes the employee-level exemptions into account); match it with
 * {@code ExemptionStatus(employeeId == $p.employeeId, payPeriodId == $p.id)} and fall back to
 * {@code payPeriodId == null} when there is none. Statuses are inserted at salience -100, after every
 * exemption rule has fired.
 *
 * @param employeeId             the employee
 * @param payPeriodId            the pay period it is decided for, or {@code null} when it holds for every period
 * @param overtimeExempt         MET: lawfully exempt from overtime; NOT_MET: not exempt (including
 *                               misclassified); INSUFFICIENT_FACTS / NEEDS_JUDGMENT / NEEDS_CONFIGURATION: undecided
 * @param exemption              the exemption that holds (or, when undecided, the claimed one that is undecided);
 *                               {@code null} if none
 * @param minimumWageExempt      true only for an outside salesperson (exempt from the whole wage order)
 * @param mealRestExempt         true when meal and rest period rules do not apply (outside salesperson)
 * @param misclassified          the employer classifies the employee exempt but no claimed exemption holds
 * @param reason                 why, in a sentence
 * @param citations              the provisions that decided it
 */
public record ExemptionStatus(String employeeId, String payPeriodId, Outcome overtimeExempt, String exemption,
                              boolean minimumWageExempt, boolean mealRestExempt, boolean misclassified,
                              String reason, List<String> citations) {
    public ExemptionStatus {
        citations = List.copyOf(citations == null ? List.of() : citations);
    }
}
