package org.emplaw.core.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A parameter table: one named figure of law with its dated values (or, for a derived parameter,
 * the formula that computes it from others).
 *
 * @param name        stable name, e.g. {@code ca_min_wage_hourly}
 * @param description what the figure is, in a sentence
 * @param unit        {@code USD/hour}, {@code hours}, {@code fraction}, ...
 * @param values      dated rows, sorted by effective date (empty for a derived parameter)
 * @param formula     the formula of a derived parameter, or {@code null}
 * @param formulaCitation the law that sets the formula
 * @param verifiedOn  the date the values were last checked against their sources; lookups for later
 *                    dates carry a staleness warning
 * @param knownUntil  per qualifier ({@code *} for all), the last date up to which the latest value is
 *                    known to hold (for example the day before a scheduled but unpublished change);
 *                    later dates fail with {@link MissingLawException.Reason#AFTER_KNOWN_UNTIL}
 * @param origin      module id and resource the table came from
 */
public record Parameter(String name, String description, String unit, List<DatedValue> values, Formula formula,
                        String formulaCitation, LocalDate verifiedOn, Map<String, LocalDate> knownUntil,
                        String origin) {

    public Parameter {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name '" + name + "' must be lower_snake_case");
        }
        List<DatedValue> sorted = new ArrayList<>(values == null ? List.of() : values);
        sorted.sort(Comparator.comparing(DatedValue::effectiveFrom));
        values = List.copyOf(sorted);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (DatedValue v : values) {
            if (!seen.add(v.effectiveFrom() + "|" + v.qualifier())) {
                throw new IllegalArgumentException("parameter " + name + " has two values for qualifier " + v.qualifier()
                        + " on " + v.effectiveFrom());
            }
        }
        knownUntil = knownUntil == null ? Map.of() : Map.copyOf(knownUntil);
        if (formula == null && values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + " has neither values nor a formula");
        }
        if (formula != null && (formulaCitation == null || formulaCitation.isBlank())) {
            throw new IllegalArgumentException("derived parameter " + name + " needs a citation for its formula");
        }
    }

    public boolean derived() {
        return formula != null;
    }

    /** The first date any value covers, or {@code null} for a derived parameter. */
    public LocalDate firstDate() {
        return values.isEmpty() ? null : values.get(0).effectiveFrom();
    }

    /** The date up to which values are known for {@code qualifier} ({@code null}: open-ended). */
    public LocalDate knownUntil(String qualifier) {
        LocalDate d = qualifier == null ? null : knownUntil.get(qualifier);
        return d != null ? d : knownUntil.get(DatedValue.ANY);
    }
}
