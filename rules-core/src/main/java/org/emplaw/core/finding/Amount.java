package org.emplaw.core.finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.emplaw.core.io.RecordLike;

/**
 * A money (or hours) figure in a finding, with the computation that produced it written out so a
 * person can redo it by hand ("10.00 h x 1.5 x 20.00 USD/h = 300.00 USD").
 *
 * <p>Immutable; equal when name, value, unit and computation are equal. It was a record until 2026-11; it is a class
 * so that the computation can be written on first read ({@link #lazy}): see BENCHMARKS.md.
 */
public final class Amount implements RecordLike {
    private static final List<String> COMPONENTS = List.of("name", "value", "unit", "computation");
    private final String name;
    private final BigDecimal value;
    private final String unit;
    private volatile Object computation;

    /**
     * @param name        stable name of the figure, e.g. {@code overtime_owed}
     * @param value       the value, unrounded unless the law or the output rounds it
     * @param unit        {@code USD}, {@code hours}, {@code USD/hour}, ... ({@code USD} when null)
     * @param computation the arithmetic with its inputs, human readable
     */
    public Amount(String name, BigDecimal value, String unit, String computation) {
        this(name, value, unit, (Object) computation);
    }

    private Amount(String name, BigDecimal value, String unit, Object computation) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        this.unit = unit == null ? "USD" : unit;
        this.computation = Text.of(computation);
    }

    public static Amount usd(String name, BigDecimal value, String computation) {
        return new Amount(name, value, "USD", computation);
    }

    /** An amount whose computation is written on first read (the supplier only formats values it captured). */
    public static Amount lazy(String name, BigDecimal value, String unit, Supplier<String> computation) {
        return new Amount(name, value, unit, (Object) Objects.requireNonNull(computation, "computation"));
    }

    public String name() {
        return name;
    }

    public BigDecimal value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public String computation() {
        Object c = computation;
        if (c instanceof String s) {
            return s;
        }
        String s = Text.render(c);
        computation = s;
        return s;
    }

    @Override
    public List<String> components() {
        return COMPONENTS;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Amount a && name.equals(a.name) && value.equals(a.value) && unit.equals(a.unit)
                && computation().equals(a.computation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, unit, computation());
    }

    @Override
    public String toString() {
        return "Amount[name=" + name + ", value=" + value + ", unit=" + unit + ", computation=" + computation() + "]";
    }
}
