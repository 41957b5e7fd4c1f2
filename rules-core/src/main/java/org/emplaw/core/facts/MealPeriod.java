package org.emplaw.core.facts;

import java.math.BigDecimal;

/**
 * A meal period taken in a workday.
 *
 * @param startedAfterHours hours worked in the day before the meal period began
 * @param minutes           length of the period
 * @param relievedOfAllDuty whether the employee was relieved of all duty (an on-duty meal is not a meal period)
 */
public record MealPeriod(BigDecimal startedAfterHours, int minutes, boolean relievedOfAllDuty) {
    public MealPeriod {
        Check.required(startedAfterHours, "meal period", "started_after_hours");
        Check.between(startedAfterHours, BigDecimal.ZERO, new BigDecimal("24"), "meal period", "started_after_hours");
        if (minutes < 0 || minutes > 24 * 60) {
            throw new org.emplaw.core.io.InputException("meal period", "minutes", "must be between 0 and 1440");
        }
    }
}
