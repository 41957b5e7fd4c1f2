package org.emplaw.examples.audit;

/**
 * How the audit accounts for an evaluation unit of {@link PayrollJoin} once its batch result is known,
 * in the {@link Ledger}: a pay period's time and pay rows are evaluated together or rejected together,
 * and an employee counts as evaluated when at least one of its evaluations succeeded. Shared by the
 * in-process audit ({@link AuditRun}) and the Spark audit (rules-spark), so both report the same
 * counts and the same messages.
 */
public final class UnitAccounting {
    private UnitAccounting() {
    }

    /** The unit's rows were evaluated. */
    public static void evaluated(Ledger ledger, PayrollJoin.Unit u, String timeFile, String payFile) {
        ledger.evaluated(timeFile, u.timeRows());
        ledger.evaluated(payFile, u.payRows());
    }

    /**
     * The unit failed with {@code error}: its pay and time rows are errors. Returns whether the failure
     * is the employee's own (a unit without pay period, reported against the employee row), in which
     * case the employee is done and must not be finished again.
     */
    public static boolean failed(Ledger ledger, PayrollJoin.Unit u, String error, String employeesFile, String timeFile,
                                 String payFile) {
        if (u.payRows() > 0) {
            ledger.error(payFile, u.payRows(), u.firstRef(), error.contains(u.firstRef() + ",") ? error
                    : u.firstRef() + ": " + u.payRows() + " pay row(s) of the pay period not evaluated: " + error);
        }
        if (u.timeRows() > 0) {
            ledger.error(timeFile, u.timeRows(), u.firstTimeRef(), u.firstTimeRef() + ": " + u.timeRows()
                    + " workday row(s) of the same pay period not evaluated: " + error);
        }
        if (u.periodId() == null) {
            ledger.error(employeesFile, 1, u.employeeRef(), error);
            return true;
        }
        return false;
    }

    /** All units of an employee are in: the employee row is evaluated if any of them was, else an error. */
    public static void employeeFinished(Ledger ledger, String employeesFile, String employeeId, String ref, long evaluations) {
        if (evaluations > 0) {
            ledger.evaluated(employeesFile, 1);
        } else {
            ledger.error(employeesFile, 1, ref, ref + ": employee '" + employeeId + "' was not evaluated: every pay period has an error");
        }
    }
}
