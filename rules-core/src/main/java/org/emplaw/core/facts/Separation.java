package org.emplaw.core.facts;

/** How an appointment ended (Civil Service Rules 1.23, 1.31, 1.34(a)). */
public enum Separation {
    /** Moved to another appointment without leaving City service (promotion, transfer, reversion). */
    CHANGE_OF_APPOINTMENT,
    RESIGNATION,
    RETIREMENT,
    DISCHARGE_FOR_CAUSE,
    ABANDONMENT,
    /** Separation for lack of work, lack of funds or abolishment of position (Rule 1.23). */
    LAYOFF,
    /** Separation from a Rule 5.30 temporary appointment for lack of work (Rule 1.18(c)(3)). */
    LACK_OF_WORK,
    DEATH;

    /** Abandonment, resignation, retirement and discharge for cause are breaks in service (Rule 1.34(a)). */
    public boolean breakInService() {
        return this == RESIGNATION || this == RETIREMENT || this == DISCHARGE_FOR_CAUSE || this == ABANDONMENT;
    }
}
