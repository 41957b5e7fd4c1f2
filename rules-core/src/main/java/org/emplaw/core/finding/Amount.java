package org.emplaw.core.finding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A money (or hours) figure in a finding, with the computation that produced it written out so a
 * person can redo it by hand ("10.00 h x 1.5 x 20.00 USD/h = 300.00 USD").
 *
 * @param name        stable name of the figure, e.g. {@code overtime_owed}
 * @param value       the value, unrounded unless the law or the output rounds it
 * @param unit        {@code USD}, {@code hours}, {@code USD/hour}, ...
 * @param computation the arithmetic with its inputs, human readable
 */
public record Amount(String name, BigDecimal value, String unit, String computation) {
    public Amount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "USD" : unit;
        computation = computation == null ? "" : computation;
    }

    public static Amount usd(String name, BigDecimal value, String computation) {
        return new Amount(name, value, "USD", computation);
    }
}
