package org.emplaw.core.finding;

import java.time.LocalDate;

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

    /** Short form used in explanations: {@code ca_min_wage_hourly[*]<2024-01-01> = 16.00 USD/hour}. */
    public String label() {
        return name + "[" + qualifier + "]<" + effectiveFrom + "> = " + value + (unit == null ? "" : " " + unit);
    }
}
