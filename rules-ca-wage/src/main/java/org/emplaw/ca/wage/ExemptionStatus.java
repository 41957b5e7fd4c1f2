package org.emplaw.ca.wage;

import java.util.List;
import org.emplaw.core.finding.Outcome;

/**
 * The exemption rules' conclusion about an employee, which the pay-period rules read: whether the
 * employee is lawfully exempt from overtime (and, for outside salespersons, from the whole wage order
 * including minimum wage). The exemption rules insert one employee-level status (with no pay periods, {@link
 * #employeeLevel()}) for every {@code Employee} evaluated, and statuses for some pay periods: one per {@code PayPeriod}
 * when the per-pay-period commissioned exemption (Wage Order 4/7 section 3(D)) is claimed, and, when a request's pay
 * periods must be tested in groups (an employee's year across a rise of the salary floor, or with a deduction in one
 * pay period; see {@code ExemptionOccasion}), one per group, in place of the employee-level one. A status for a pay
 * period supersedes the employee-level one (it already takes the employee-level exemptions into account); match it
 * with {@code ExemptionStatus(employeeId == $p.employeeId, covers($p.id))} and fall back to the {@code employeeLevel}
 * one when there is none. Statuses are inserted at salience -100, after every exemption rule has fired.
 *
 * @param employeeId             the employee
 * @param payPeriodIds           the pay periods it is decided for; empty when it holds for every pay period
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
public record ExemptionStatus(String employeeId, List<String> payPeriodIds, Outcome overtimeExempt, String exemption,
                              boolean minimumWageExempt, boolean mealRestExempt, boolean misclassified,
                              String reason, List<String> citations) {
    public ExemptionStatus {
        payPeriodIds = List.copyOf(payPeriodIds == null ? List.of() : payPeriodIds);
        citations = List.copyOf(citations == null ? List.of() : citations);
    }

    /** Whether this is the employee-level status, which holds for every pay period without a status of its own. */
    public boolean employeeLevel() {
        return payPeriodIds.isEmpty();
    }

    /** Whether this status is decided for pay period {@code payPeriodId}. */
    public boolean covers(String payPeriodId) {
        return payPeriodIds.contains(payPeriodId);
    }
}
