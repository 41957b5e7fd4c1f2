package org.emplaw.core.facts;

/** Why an amount was deducted from pay, as the salary-basis test distinguishes them. */
public enum DeductionReason {
    PARTIAL_DAY_ABSENCE,
    FULL_DAY_ABSENCE_PERSONAL,
    FULL_DAY_SICKNESS_UNDER_PLAN,
    DISCIPLINARY_PARTIAL_WEEK,
    DISCIPLINARY_FULL_WORKWEEK,
    SAFETY_RULE_PENALTY,
    QUALITY_OR_QUANTITY_OF_WORK,
    NO_WORK_AVAILABLE,
    TAX_OR_REQUIRED_BY_LAW,
    BENEFITS_AUTHORIZED,
    OTHER
}
