package org.emplaw.core.facts;

import java.math.BigDecimal;

/**
 * Whom an employee directs and what weight their personnel decisions carry.
 *
 * @param fullTimeEquivalentsDirected  number of full-time employees (or equivalents) whose work is directed
 * @param customarilyAndRegularly      whether the direction is customary and regular
 * @param hireFireAuthority            authority to hire or fire
 * @param recommendationsGivenWeight   whether hiring/firing/promotion recommendations are given particular weight
 */
public record Supervision(BigDecimal fullTimeEquivalentsDirected, Boolean customarilyAndRegularly,
                          Boolean hireFireAuthority, Boolean recommendationsGivenWeight) {
    public Supervision {
        Check.nonNegative(fullTimeEquivalentsDirected, "supervision", "full_time_equivalents_directed");
    }
}
