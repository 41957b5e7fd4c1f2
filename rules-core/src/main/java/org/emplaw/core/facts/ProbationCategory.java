package org.emplaw.core.facts;

/** The Charter 1011(a) categories whose probationary periods have different ceilings. */
public enum ProbationCategory {
    ENTRY_LEVEL, POLICE_OFFICER_FROM_RECRUIT_TRAINING, NON_ENTRY_LEVEL, MANAGEMENT
}
