package org.emplaw.core.facts;

/** Kinds of civil-service appointment (Civil Service Rules 1.5, 1.17; Charter 1013). */
public enum AppointmentKind {
    /** From a reserve list, or from an eligible list to a permanent position of half time or more (Rule 1.5(d)). */
    REGULAR,
    /** Appointment under Rule 5.30 to a temporary position or temporary training position. */
    TEMPORARY_5_30,
    /** Emergency or temporary appointment under Charter 1013(a)-(b) (Rule 1.5(a)). */
    EMERGENCY,
    /** From an eligible list to a limited position (Rule 1.5(c)). */
    LIMITED,
    /** From an eligible list to an intermittent position (Rule 1.5(b)). */
    INTERMITTENT,
    /** A position exempted from the civil service (Charter 1001; Rule 1.17(b)). */
    EXEMPT
}
