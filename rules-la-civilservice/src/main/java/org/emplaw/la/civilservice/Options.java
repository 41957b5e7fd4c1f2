package org.emplaw.la.civilservice;

import java.util.Set;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.io.InputException;

/**
 * The request options of this module: each names an interpretive choice where the Rules or the Charter leave a
 * reading open (README.md lists them with the text behind each default).
 */
public final class Options {
    /** A2: the passing mark is applied to the final general average (rounded, Rule 4.4) or to the unrounded sum. */
    public static final String PASSING_BASIS = "la.cs.passing_basis";
    /** A3: promotional seniority credit counts toward the passing mark (Rules 1.21, 4.4, 4.6) or not. */
    public static final String SENIORITY_TOWARD_PASSING = "la.cs.seniority_credit_toward_passing";
    /** A5: veterans credit is a number of points or a percentage of the final general average. */
    public static final String VETERANS_FORM = "la.cs.veterans_credit_form";
    /** A15: an unpaid absence longer than the credited days loses credit for all its days, or only the excess. */
    public static final String LONG_UNPAID_ABSENCE = "la.cs.long_unpaid_absence";
    /** A10: a period of N years or months ends the day before its anniversary, or on the anniversary. */
    public static final String PERIOD_END = "la.cs.period_end";

    private Options() {
    }

    /** The option's value, checked against the allowed values (the first is the default). */
    public static String get(EvaluationContext ctx, String key, String... allowed) {
        String v = ctx.option(key, allowed[0]);
        if (!Set.of(allowed).contains(v)) {
            throw new InputException("options", key, "must be one of " + String.join(", ", allowed) + " (was '" + v + "')");
        }
        return v;
    }

    /** The choice text for a finding: the option and the value used. */
    public static String choice(String key, String value, String why) {
        return key + "=" + value + ": " + why;
    }

    /**
     * The last day of a period of {@code amount} years or months starting on {@code start}: by default the day
     * before the anniversary (a period of two years from 2023-03-01 runs through 2025-02-28); with
     * {@code la.cs.period_end=anniversary_included}, the anniversary itself.
     */
    public static java.time.LocalDate lastDay(EvaluationContext ctx, java.time.LocalDate start, java.time.Period length) {
        String mode = get(ctx, PERIOD_END, "day_before_anniversary", "anniversary_included");
        java.time.LocalDate anniversary = start.plus(length);
        return mode.equals("day_before_anniversary") ? anniversary.minusDays(1) : anniversary;
    }

    public static String periodChoice(EvaluationContext ctx) {
        String mode = get(ctx, PERIOD_END, "day_before_anniversary", "anniversary_included");
        return choice(PERIOD_END, mode, mode.equals("day_before_anniversary")
                ? "a period of N years starting on a day ends the day before its anniversary (fact sheet A10)"
                : "a period of N years runs through its anniversary (fact sheet A10)");
    }
}
