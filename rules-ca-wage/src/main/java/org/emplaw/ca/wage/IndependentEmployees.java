package org.emplaw.ca.wage;

import java.util.List;
import org.emplaw.ca.wage.equalpay.EqualPayClaim;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.Employer;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.Position;
import org.emplaw.core.module.RequestIndependence;

/**
 * When requests to the California module can share a batch session: when they are about different employees. Every
 * rule of the module that joins, collects or tests the absence of facts does so on an employee id (pay periods, the
 * exemption occasions, determinations and statuses, the pay-period analyses, an equal pay claim's employee), a
 * position id (the employee's position) or nothing else; the employer and an equal pay claim are only ever matched alone.
 * So a request's keys are:
 * <ul>
 * <li>the id of every employee it holds or names (an employee, a pay period's employee, a claim's employee), exclusive:
 *     two pay periods of one employee are never evaluated together, as that would make them one request;</li>
 * <li>the id of every position it holds, shared through the same position instance only, and of every position an
 *     employee names that the request does not hold, exclusive (that employee's position would otherwise be found in
 *     another request);</li>
 * <li>the id of every employer it holds, shared through the same instance only.</li>
 * </ul>
 * A request holding any other kind of fact is evaluated alone. The rules read the evaluation context's date and options,
 * never its subject. Proved by evaluating the module's cases and generated companies both ways (CaseSharingTest,
 * FindingsDumpTest).
 */
final class IndependentEmployees implements RequestIndependence {
    static final IndependentEmployees INSTANCE = new IndependentEmployees();

    private IndependentEmployees() {
    }

    @Override
    public boolean keys(List<Object> facts, Keys keys) {
        for (Object f : facts) {
            if (f instanceof Employee e) {
                keys.exclusive("employee:" + e.id());
                if (e.positionId() != null && !holdsPosition(facts, e.positionId())) {
                    keys.exclusive("position:" + e.positionId());
                }
            } else if (f instanceof PayPeriod p) {
                keys.exclusive("employee:" + p.employeeId());
            } else if (f instanceof Position p) {
                keys.shared("position:" + p.id(), p);
            } else if (f instanceof Employer er) {
                keys.shared("employer:" + er.id(), er);
            } else if (f instanceof EqualPayClaim c) {
                keys.exclusive("employee:" + c.employeeId());
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsPosition(List<Object> facts, String id) {
        for (Object f : facts) {
            if (f instanceof Position p && p.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
