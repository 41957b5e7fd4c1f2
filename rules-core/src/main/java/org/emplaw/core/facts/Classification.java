package org.emplaw.core.facts;

/** How the employer classifies the employee for overtime. */
public enum Classification {
    EXEMPT, NON_EXEMPT
}
