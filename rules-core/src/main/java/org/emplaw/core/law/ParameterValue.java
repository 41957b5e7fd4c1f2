package org.emplaw.core.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.emplaw.core.finding.ParameterUse;

/**
 * A figure of law as it applies on a date: the value, the row it came from (or, when derived, the
 * formula and the inputs it was computed from), and any staleness warning.
 */
public record ParameterValue(String name, String qualifier, LocalDate appliedOn, Object value, String unit,
                             LocalDate effectiveFrom, String citation, SourceStatus status, String warning,
                             String formula, List<ParameterValue> inputs) {

    public ParameterValue {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
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

    /** This value and, for a derived one, every input it was computed from, as finding entries. */
    public List<ParameterUse> uses() {
        java.util.ArrayList<ParameterUse> out = new java.util.ArrayList<>();
        addUses(out);
        return out;
    }

    private void addUses(List<ParameterUse> out) {
        out.add(use());
        for (ParameterValue in : inputs) {
            in.addUses(out);
        }
    }

    public ParameterUse use() {
        String cite = formula == null ? citation : citation + "; formula " + name + " = " + formula;
        return new ParameterUse(name, qualifier, text(), unit, effectiveFrom, appliedOn, cite, status.label(), warning);
    }
}
