package org.emplaw.core.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emplaw.core.finding.ParameterUse;

/**
 * A figure of law as it applies on a date: the value, the row it came from (or, when derived, the
 * formula and the inputs it was computed from), and any staleness warning.
 *
 * <p>Immutable; equal when every component is equal (it was a record until 2026-11; it is a class so that the finding
 * entries it yields ({@link #uses()}) are built once per looked-up value and shared by every finding that uses it,
 * since {@link LawBook} memoises its values).
 */
public final class ParameterValue {
    private final String name;
    private final String qualifier;
    private final LocalDate appliedOn;
    private final Object value;
    private final String unit;
    private final LocalDate effectiveFrom;
    private final String citation;
    private final SourceStatus status;
    private final String warning;
    private final String formula;
    private final List<ParameterValue> inputs;
    private volatile List<ParameterUse> uses;

    public ParameterValue(String name, String qualifier, LocalDate appliedOn, Object value, String unit,
                          LocalDate effectiveFrom, String citation, SourceStatus status, String warning,
                          String formula, List<ParameterValue> inputs) {
        this.name = name;
        this.qualifier = qualifier;
        this.appliedOn = appliedOn;
        this.value = value;
        this.unit = unit;
        this.effectiveFrom = effectiveFrom;
        this.citation = citation;
        this.status = status;
        this.warning = warning;
        this.formula = formula;
        this.inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    public String name() {
        return name;
    }

    public String qualifier() {
        return qualifier;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public Object value() {
        return value;
    }

    public String unit() {
        return unit;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String citation() {
        return citation;
    }

    public SourceStatus status() {
        return status;
    }

    public String warning() {
        return warning;
    }

    public String formula() {
        return formula;
    }

    public List<ParameterValue> inputs() {
        return inputs;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof ParameterValue p && Objects.equals(name, p.name) && Objects.equals(qualifier, p.qualifier)
                && Objects.equals(appliedOn, p.appliedOn) && Objects.equals(value, p.value) && Objects.equals(unit, p.unit)
                && Objects.equals(effectiveFrom, p.effectiveFrom) && Objects.equals(citation, p.citation)
                && status == p.status && Objects.equals(warning, p.warning) && Objects.equals(formula, p.formula)
                && inputs.equals(p.inputs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, qualifier, appliedOn, value, unit, effectiveFrom, citation, status, warning, formula, inputs);
    }

    @Override
    public String toString() {
        return "ParameterValue[name=" + name + ", qualifier=" + qualifier + ", appliedOn=" + appliedOn + ", value=" + value
                + ", unit=" + unit + ", effectiveFrom=" + effectiveFrom + ", citation=" + citation + ", status=" + status
                + ", warning=" + warning + ", formula=" + formula + ", inputs=" + inputs + "]";
    }

    public BigDecimal decimal() {
        if (value instanceof BigDecimal bd) {
            return bd;
        }
        throw new IllegalStateException("parameter " + name + " is not a number: " + value);
    }

    public String text() {
        return value instanceof BigDecimal bd ? bd.toPlainString() : String.valueOf(value);
    }

    public boolean bool() {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("parameter " + name + " is not true/false: " + value);
    }

    public LocalDate date() {
        if (value instanceof LocalDate d) {
            return d;
        }
        throw new IllegalStateException("parameter " + name + " is not a date: " + value);
    }

    @SuppressWarnings("unchecked")
    public List<Object> list() {
        if (value instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new IllegalStateException("parameter " + name + " is not a list: " + value);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalStateException("parameter " + name + " is not a mapping: " + value);
    }

    /**
     * This value and, for a derived one, every input it was computed from, as finding entries (immutable; built once
     * per value and shared).
     */
    public List<ParameterUse> uses() {
        List<ParameterUse> u = uses;
        if (u == null) {
            java.util.ArrayList<ParameterUse> out = new java.util.ArrayList<>();
            out.add(use());
            for (ParameterValue in : inputs) {
                out.addAll(in.uses());
            }
            u = List.copyOf(out);
            uses = u;
        }
        return u;
    }

    /** This value as one finding entry (for a derived value, without its inputs). */
    public ParameterUse use() {
        List<ParameterUse> u = uses;
        if (u != null) {
            return u.get(0);
        }
        return newUse();
    }

    private ParameterUse newUse() {
        String cite = formula == null ? citation : citation + "; formula " + name + " = " + formula;
        return new ParameterUse(name, qualifier, text(), unit, effectiveFrom, appliedOn, cite, status.label(), warning);
    }
}
