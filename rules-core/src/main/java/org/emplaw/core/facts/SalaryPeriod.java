package org.emplaw.core.facts;

/** The period a salary amount is stated for. */
public enum SalaryPeriod {
    WEEKLY, BIWEEKLY, SEMIMONTHLY, MONTHLY, ANNUAL
}
