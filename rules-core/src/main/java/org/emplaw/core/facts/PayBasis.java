package org.emplaw.core.facts;

/** How an employee's pay is computed. */
public enum PayBasis {
    HOURLY, SALARY, COMMISSION, PIECE
}
