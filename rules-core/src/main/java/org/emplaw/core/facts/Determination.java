package org.emplaw.core.facts;

/**
 * A person's judgment on a question the law leaves to judgment (for example, whether an employee
 * customarily and regularly exercises discretion and independent judgment). Rules use it when it is
 * supplied, cite who made it, and otherwise answer NEEDS_JUDGMENT with the facts that bear on it.
 *
 * @param holds whether the person found the condition met
 * @param by    who made the determination (role or name)
 * @param basis the reasons given
 */
public record Determination(boolean holds, String by, String basis) {
    public Determination {
        if (by == null || by.isBlank()) {
            throw new org.emplaw.core.io.InputException("determination", "by", "must name who made the judgment");
        }
    }
}
