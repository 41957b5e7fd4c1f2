package org.emplaw.core.facts;

import java.util.Locale;
import org.emplaw.core.io.InputException;

/**
 * Where work is performed. {@code state} is the two-letter postal code; {@code county} and
 * {@code city} are normalised to lower_snake_case codes ({@code los_angeles}, {@code san_jose}).
 * A city outside any incorporated city is given as {@code null} with its county.
 */
public record WorkLocation(String state, String county, String city) {
    public WorkLocation {
        if (state == null || !state.strip().matches("[A-Za-z]{2}")) {
            throw new InputException("work location", "state", "must be a two-letter state code (was '" + state + "')");
        }
        state = state.strip().toUpperCase(Locale.ROOT);
        county = Check.code(county);
        city = Check.code(city);
    }

    public static WorkLocation of(String state, String county, String city) {
        return new WorkLocation(state, county, city);
    }

    @Override
    public String toString() {
        return (city == null ? "" : city + ", ") + (county == null ? "" : county + " county, ") + state;
    }
}
