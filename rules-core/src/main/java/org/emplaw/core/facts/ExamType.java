package org.emplaw.core.facts;

/** The competition an examination is announced on (Civil Service Rule 4.1; Rule 1.18). */
public enum ExamType {
    OPEN_COMPETITIVE, DEPARTMENTAL_PROMOTIONAL, INTERDEPARTMENTAL_PROMOTIONAL;

    public boolean promotional() {
        return this != OPEN_COMPETITIVE;
    }
}
