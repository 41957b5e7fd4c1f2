package org.emplaw.core.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One workday's time record.
 *
 * @param date               the workday
 * @param hoursWorked        hours worked (0 to 24), meal periods excluded, rest periods included
 * @param meals              meal periods taken
 * @param firstMealWaived    first meal period waived by mutual consent
 * @param secondMealWaived   second meal period waived by mutual consent
 * @param restBreaksTaken    number of ten-minute net rest periods authorised and permitted (null: not recorded)
 * @param city               work city for this day when it differs from the employee's usual location
 */
public record WorkDay(LocalDate date, BigDecimal hoursWorked, List<MealPeriod> meals, boolean firstMealWaived,
                      boolean secondMealWaived, Integer restBreaksTaken, String city) {
    private static final BigDecimal DAY = new BigDecimal("24");

    public WorkDay {
        Check.required(date, "workday", "date");
        String rec = "workday " + date;
        Check.required(hoursWorked, rec, "hours_worked");
        Check.between(hoursWorked, BigDecimal.ZERO, DAY, rec, "hours_worked");
        meals = Check.list(meals);
        if (restBreaksTaken != null && restBreaksTaken < 0) {
            throw new org.emplaw.core.io.InputException(rec, "rest_breaks_taken", "must not be negative");
        }
        city = Check.code(city);
    }

    public static WorkDay of(LocalDate date, String hours) {
        return new WorkDay(date, new BigDecimal(hours), List.of(), false, false, null, null);
    }
}
