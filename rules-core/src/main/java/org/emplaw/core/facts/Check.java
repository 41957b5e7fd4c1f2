package org.emplaw.core.facts;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emplaw.core.io.InputException;

/** Validation helpers for the fact records: each failure names the record and the field. */
public final class Check {
    private Check() {
    }

    public static String id(String value, String record, String field) {
        if (value == null || value.isBlank()) {
            throw new InputException(record, field, "is required");
        }
        if (value.length() > 200) {
            throw new InputException(record, field, "is longer than 200 characters");
        }
        return value.strip();
    }

    public static <T> T required(T value, String record, String field) {
        if (value == null) {
            throw new InputException(record, field, "is required");
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal v, String record, String field) {
        if (v != null && v.signum() < 0) {
            throw new InputException(record, field, "must not be negative (" + v.toPlainString() + ")");
        }
        if (v != null && v.abs().compareTo(new BigDecimal("1e12")) > 0) {
            throw new InputException(record, field, "is implausibly large (" + v.toPlainString() + ")");
        }
        return v;
    }

    public static BigDecimal between(BigDecimal v, BigDecimal lo, BigDecimal hi, String record, String field) {
        if (v != null && (v.compareTo(lo) < 0 || v.compareTo(hi) > 0)) {
            throw new InputException(record, field, "must be between " + lo.toPlainString() + " and "
                    + hi.toPlainString() + " (was " + v.toPlainString() + ")");
        }
        return v;
    }

    public static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    public static <T> Set<T> set(Collection<T> s) {
        return s == null ? Set.of() : Set.copyOf(s);
    }

    public static <K, V> Map<K, V> map(Map<K, V> m) {
        return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** Normalises a place or category code to lower_snake_case ("Los Angeles" -> "los_angeles"). */
    public static String code(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
