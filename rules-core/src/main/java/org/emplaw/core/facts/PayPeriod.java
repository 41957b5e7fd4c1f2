package org.emplaw.core.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emplaw.core.io.InputException;

/**
 * A pay period's time and pay records for one employee.
 *
 * @param id            pay period identifier
 * @param employeeId    the employee
 * @param start         first day (inclusive)
 * @param end           last day (inclusive)
 * @param workweekStart the day the employer's fixed workweek begins (Lab. Code 500(b))
 * @param days          one record per day worked (dates unique, inside the period)
 * @param pay           wages paid
 * @param deductions    deductions from pay
 * @param payDate       the date wages were paid
 */
public record PayPeriod(String id, String employeeId, LocalDate start, LocalDate end, DayOfWeek workweekStart,
                        List<WorkDay> days, List<PayItem> pay, List<Deduction> deductions, LocalDate payDate) {
    public PayPeriod {
        id = Check.id(id, "pay period", "id");
        String rec = "pay period " + id;
        employeeId = Check.id(employeeId, rec, "employee_id");
        Check.required(start, rec, "start");
        Check.required(end, rec, "end");
        if (end.isBefore(start)) {
            throw new InputException(rec, "end", "is before start (" + end + " < " + start + ")");
        }
        if (start.plusDays(31).isBefore(end)) {
            throw new InputException(rec, "end", "a pay period longer than 31 days is not supported (" + start + ".." + end + ")");
        }
        days = Check.list(days);
        pay = Check.list(pay);
        deductions = Check.list(deductions);
        Set<LocalDate> seen = new HashSet<>();
        for (WorkDay d : days) {
            if (d.date().isBefore(start) || d.date().isAfter(end)) {
                throw new InputException(rec, "days", "workday " + d.date() + " is outside the period " + start + ".." + end);
            }
            if (!seen.add(d.date())) {
                throw new InputException(rec, "days", "workday " + d.date() + " appears twice");
            }
        }
        if (payDate != null && payDate.isBefore(start)) {
            throw new InputException(rec, "pay_date", "is before the period starts");
        }
    }
}
