package org.emplaw.core.finding;

/**
 * The honest answer to a legal question. Nothing defaults silently: when the facts or the law
 * are not enough to decide, the outcome says so and the finding names what is missing.
 */
public enum Outcome {
    /** The legal test is met (the requirement is satisfied, or the exemption/defence holds). */
    MET,
    /** The legal test is not met (a violation, a failed prong, a defence that does not hold). */
    NOT_MET,
    /** A fact the test needs was not supplied; {@link Finding#missing()} names it. */
    INSUFFICIENT_FACTS,
    /** The law turns on a judgment it leaves to a person; the finding lists the facts that bear on it. */
    NEEDS_JUDGMENT,
    /** A figure of law is unverified, not yet published or not configured; the finding names the parameter. */
    NEEDS_CONFIGURATION,
    /** The provision does not apply to this subject (for example, an exemption that was not claimed). */
    NOT_APPLICABLE;

    /** True for outcomes that decide the question (MET or NOT_MET). */
    public boolean decided() {
        return this == MET || this == NOT_MET;
    }
}
