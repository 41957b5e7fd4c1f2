package org.emplaw.core.facts;

/** Kinds of wages paid, as the regular-rate and premium rules distinguish them. */
public enum PayKind {
    /** Straight-time wages for hours worked at the hourly rate. */
    STRAIGHT_TIME,
    /** Salary (exempt or non-exempt). */
    SALARY,
    /** Overtime premium pay at 1.5x. */
    OVERTIME,
    /** Double-time pay at 2x. */
    DOUBLE_TIME,
    /** Commissions (Lab. Code 204.1). */
    COMMISSION,
    /** Piece-rate earnings. */
    PIECE,
    /** A nondiscretionary flat-sum bonus (Alvarado). */
    BONUS_FLAT_SUM,
    /** A nondiscretionary production or performance bonus. */
    BONUS_PRODUCTION,
    /** A truly discretionary bonus (excluded from the regular rate). */
    BONUS_DISCRETIONARY,
    /** Shift differential or other premium included in the regular rate. */
    SHIFT_PREMIUM,
    /** Meal-period premium paid (Lab. Code 226.7). */
    MEAL_PREMIUM,
    /** Rest-period premium paid (Lab. Code 226.7). */
    REST_PREMIUM,
    /** Vacation, holiday or sick pay (excluded from the regular rate). */
    PAID_LEAVE,
    /** Expense reimbursement (not wages). */
    REIMBURSEMENT,
    /** Anything else (excluded from the regular rate unless a module says otherwise). */
    OTHER
}
