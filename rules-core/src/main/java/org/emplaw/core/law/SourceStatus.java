package org.emplaw.core.law;

import java.util.Locale;

/** How a figure of law is known. Only the first four may be used to decide anything. */
public enum SourceStatus {
    /** Statute, regulation or agency text. */
    OFFICIAL,
    /** A secondary source describing the official text (law-firm alert, bar publication). */
    SECONDARY,
    /** Computed from other parameters by a cited formula. */
    DERIVED,
    /** Supplied by the user of the library (an overlay), with the user's citation. */
    SUPPLIED,
    /** Not confirmed from any source: never used; a value must be supplied instead. */
    UNVERIFIED;

    public boolean usable() {
        return this != UNVERIFIED;
    }

    public static SourceStatus parse(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "official", "verified_official" -> OFFICIAL;
            case "secondary", "verified_secondary" -> SECONDARY;
            case "derived" -> DERIVED;
            case "supplied" -> SUPPLIED;
            case "unverified" -> UNVERIFIED;
            default -> throw new IllegalArgumentException("unknown source status '" + s
                    + "' (expected official, secondary, derived, supplied or unverified)");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
