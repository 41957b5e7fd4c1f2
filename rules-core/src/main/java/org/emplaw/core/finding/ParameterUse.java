package org.emplaw.core.finding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One effective-dated figure of law that a finding used: which value, in force from when, on which
 * date it was applied, and where it comes from.
 *
 * @param name          parameter name, e.g. {@code ca_min_wage_hourly}
 * @param qualifier     the qualifier the value was selected for ({@code *} when it applies to all)
 * @param value         the value as text (numbers in plain notation)
 * @param unit          its unit
 * @param effectiveFrom the first day this value is in force
 * @param appliedOn     the date it was looked up for
 * @param citation      the source of the value
 * @param status        official / secondary / derived / supplied
 * @param warning       a staleness or provenance warning, or {@code null}
 */
public record ParameterUse(String name, String qualifier, String value, String unit, LocalDate effectiveFrom,
                           LocalDate appliedOn, String citation, String status, String warning) {

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof ParameterUse p && Objects.equals(name, p.name) && Objects.equals(appliedOn, p.appliedOn)
                && Objects.equals(effectiveFrom, p.effectiveFrom) && Objects.equals(qualifier, p.qualifier)
                && Objects.equals(value, p.value) && Objects.equals(unit, p.unit) && Objects.equals(citation, p.citation)
                && Objects.equals(status, p.status) && Objects.equals(warning, p.warning);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, qualifier, value, unit, effectiveFrom, appliedOn, citation, status, warning);
    }

    /** Short form used in explanations: {@code ca_min_wage_hourly[*]<2024-01-01> = 16.00 USD/hour}. */
    public String label() {
        return name + "[" + qualifier + "]<" + effectiveFrom + "> = " + value + (unit == null ? "" : " " + unit);
    }
}
