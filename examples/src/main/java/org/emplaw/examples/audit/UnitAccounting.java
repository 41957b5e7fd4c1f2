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

    /**
     * The unit's rows were evaluated, except those of the pay periods its request left out (an employee's unit), which
     * are errors as a failed pay period's are.
     */
    public static void evaluated(Ledger ledger, PayrollJoin.Unit u, String timeFile, String payFile) {
        int time = u.timeRows();
        int pay = u.payRows();
        for (PayrollJoin.Skipped s : u.skipped()) {
            periodFailed(ledger, s.period(), s.error(), timeFile, payFile);
            time -= s.period().timeRows();
            pay -= s.period().payRows();
        }
        ledger.evaluated(timeFile, time);
        ledger.evaluated(payFile, pay);
    }

    /** A pay period's rows were not evaluated because of {@code error}. */
    private static void periodFailed(Ledger ledger, PayrollJoin.Period p, String error, String timeFile, String payFile) {
        if (p.payRows() > 0) {
            ledger.error(payFile, p.payRows(), p.firstRef(), error.contains(p.firstRef() + ",") ? error
                    : p.firstRef() + ": " + p.payRows() + " pay row(s) of the pay period not evaluated: " + error);
        }
        if (p.timeRows() > 0) {
            ledger.error(timeFile, p.timeRows(), p.firstTimeRef(), p.firstTimeRef() + ": " + p.timeRows()
                    + " workday row(s) of the same pay period not evaluated: " + error);
        }
    }

    /**
     * The unit failed with {@code error}: its pay and time rows are errors. Returns whether the failure
     * is the employee's own (a unit without pay period, reported against the employee row), in which
     * case the employee is done and must not be finished again.
     */
    public static boolean failed(Ledger ledger, PayrollJoin.Unit u, String error, String employeesFile, String timeFile,
                                 String payFile) {
        if (u.periods().isEmpty()) {
            ledger.error(employeesFile, 1, u.employeeRef(), error);
            return true;
        }
        // each pay period's rows are errors; in an employee's unit, a pay period left out has its own error
        java.util.Map<PayrollJoin.Period, String> own = new java.util.HashMap<>();
        for (PayrollJoin.Skipped sk : u.skipped()) {
            own.put(sk.period(), sk.error());
        }
        for (PayrollJoin.Period p : u.periods()) {
            periodFailed(ledger, p, own.getOrDefault(p, error), timeFile, payFile);
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
