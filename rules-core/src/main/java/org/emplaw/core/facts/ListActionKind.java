package org.emplaw.core.facts;

/** What happened to a name on an eligible list. */
public enum ListActionKind {
    APPOINTED, REMOVED, WAIVED, RESTORED
}
