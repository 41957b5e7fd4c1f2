package org.emplaw.core.facts;

/** Kinds of absence from a classified position, as Rule 7.8 sorts them for seniority credit. */
public enum AbsenceKind {
    /** Absence without pay (Rule 7.8(b)). */
    UNPAID,
    /** Unpaid work furlough (Rule 7.8(b) as amended in 2008, if adopted). */
    FURLOUGH,
    /** Short-term layoff (Rule 7.8(b) as amended in 2008, if adopted). */
    SHORT_TERM_LAYOFF,
    /** Leave of absence granted under Rule 7. */
    LEAVE_OF_ABSENCE,
    /** Any other absence; its seniority credit must be stated. */
    OTHER
}
