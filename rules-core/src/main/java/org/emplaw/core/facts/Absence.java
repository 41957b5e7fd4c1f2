package org.emplaw.core.facts;

/**
 * An absence from a position in the classified service.
 *
 * @param period          the days absent, both ends included
 * @param kind            the kind of absence
 * @param seniorityCredit whether the absence carries seniority credit, when that is known (for example a
 *                        leave of absence granted with credit); {@code null} lets the Rule 7.8 cases decide
 */
public record Absence(DateRange period, AbsenceKind kind, Boolean seniorityCredit) {
    public Absence {
        Check.required(period, "absence", "period");
        Check.required(kind, "absence " + period.from(), "kind");
    }

    public String label() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " absence " + period.from() + ".." + period.to();
    }
}
