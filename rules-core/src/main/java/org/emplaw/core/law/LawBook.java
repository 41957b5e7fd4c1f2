package org.emplaw.core.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every loaded parameter table, merged across modules and user overlays, with lookup by name,
 * qualifier and date. Immutable and thread-safe; lookups are memoised.
 *
 * <p>Lookup rules: among the rows in force on the date (effective-from on or before it) whose
 * qualifier is the one asked for or {@code *}, the latest wins; on the same date a row for the exact
 * qualifier beats a {@code *} row, and an overlay row beats a module row. Without a qualifier, a
 * table whose latest row is qualified answers {@link MissingLawException.Reason#QUALIFIER_REQUIRED}.
 * A date before the first row, an unverified row, or a date past the table's known-until date
 * answers with an exception naming the parameter, never a default.
 */
public final class LawBook {
    private final Map<String, Parameter> tables;
    private final Map<Key, Object> memo = new ConcurrentHashMap<>();
    private static final int RECENT_SLOTS = 256;
    private final ThreadLocal<Object[]> recent = ThreadLocal.withInitial(() -> new Object[RECENT_SLOTS * 4]);

    /** A memo key; equality and hash written out (this is the hottest map of an evaluation). */
    private static final class Key {
        private final String name;
        private final String qualifier;
        private final LocalDate date;
        private final int hash;

        Key(String name, String qualifier, LocalDate date) {
            this.name = name;
            this.qualifier = qualifier;
            this.date = date;
            this.hash = (name.hashCode() * 31 + (qualifier == null ? 0 : qualifier.hashCode())) * 31 + date.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && (name == k.name || name.equals(k.name))
                    && Objects.equals(qualifier, k.qualifier) && date.equals(k.date);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private LawBook(Map<String, Parameter> tables) {
        this.tables = tables;
    }

    /** Merges tables; a second table with the same name adds rows, and a clash of date and qualifier is an error. */
    public static LawBook of(Collection<Parameter> parameters, Collection<Parameter> overlays) {
        Map<String, Parameter> merged = new TreeMap<>();
        for (Parameter p : parameters) {
            merge(merged, p, false);
        }
        for (Parameter p : overlays) {
            merge(merged, p, true);
        }
        LawBook book = new LawBook(Collections.unmodifiableMap(merged));
        book.checkFormulas();
        return book;
    }

    private static void merge(Map<String, Parameter> merged, Parameter p, boolean overlay) {
        Parameter existing = merged.get(p.name());
        if (existing == null) {
            merged.put(p.name(), p);
            return;
        }
        if (existing.derived() || p.derived()) {
            if (overlay && !p.derived()) {
                // an overlay may pin values of a derived parameter only by replacing it wholesale
                throw new ParameterTableException(p.origin(), p.name(),
                        "cannot add dated values to derived parameter defined in " + existing.origin());
            }
            throw new ParameterTableException(p.origin(), p.name(), "also defined in " + existing.origin());
        }
        if (!Objects.equals(existing.unit(), p.unit()) && p.unit() != null) {
            throw new ParameterTableException(p.origin(), p.name(),
                    "unit '" + p.unit() + "' differs from '" + existing.unit() + "' in " + existing.origin());
        }
        List<DatedValue> rows = new ArrayList<>(existing.values());
        for (DatedValue v : p.values()) {
            DatedValue clash = null;
            for (DatedValue e : rows) {
                if (e.effectiveFrom().equals(v.effectiveFrom()) && e.qualifier().equals(v.qualifier())) {
                    clash = e;
                }
            }
            if (clash != null) {
                if (!overlay) {
                    throw new ParameterTableException(p.origin(), p.name(), "value for " + v.qualifier() + " on "
                            + v.effectiveFrom() + " is also given in " + existing.origin());
                }
                rows.remove(clash);
            }
            rows.add(v);
        }
        Map<String, LocalDate> known = new LinkedHashMap<>(existing.knownUntil());
        if (overlay) {
            // supplied values extend what is known: a supplied row after known-until lifts the limit
            for (DatedValue v : p.values()) {
                LocalDate k = existing.knownUntil(v.qualifier());
                if (k != null && v.effectiveFrom().isAfter(k)) {
                    known.remove(v.qualifier());
                    if (v.qualifier().equals(DatedValue.ANY)) {
                        known.clear();
                    } else if (known.containsKey(DatedValue.ANY)) {
                        known.put(v.qualifier(), LocalDate.MAX);
                    }
                }
            }
        }
        known.putAll(p.knownUntil());
        String origin = existing.origin() + (overlay ? " + overlay " : " + ") + p.origin();
        LocalDate verified = existing.verifiedOn() == null ? p.verifiedOn()
                : p.verifiedOn() == null ? existing.verifiedOn()
                : (existing.verifiedOn().isBefore(p.verifiedOn()) ? existing.verifiedOn() : p.verifiedOn());
        merged.put(p.name(), new Parameter(p.name(), existing.description(), existing.unit(), rows, null, null,
                verified, known, origin));
    }

    private void checkFormulas() {
        for (Parameter p : tables.values()) {
            if (p.derived()) {
                for (String in : p.formula().inputs()) {
                    if (!tables.containsKey(in)) {
                        throw new ParameterTableException(p.origin(), p.name(),
                                "formula reads '" + in + "', which no loaded table defines");
                    }
                }
            }
        }
        for (Parameter p : tables.values()) {
            cycleCheck(p.name(), new ArrayList<>());
        }
    }

    private void cycleCheck(String name, List<String> path) {
        if (path.contains(name)) {
            throw new ParameterTableException(tables.get(name).origin(), name, "formula cycle " + path + " -> " + name);
        }
        Parameter p = tables.get(name);
        if (p != null && p.derived()) {
            path.add(name);
            for (String in : p.formula().inputs()) {
                cycleCheck(in, path);
            }
            path.remove(path.size() - 1);
        }
    }

    /** Every table by name. */
    public Map<String, Parameter> tables() {
        return tables;
    }

    public boolean defines(String name) {
        return tables.containsKey(name);
    }

    /**
     * True when {@code name} has a usable value in force on {@code date} for some qualifier (for
     * provisions that only exist from a date on, such as a newly enacted cap).
     */
    public boolean inForce(String name, LocalDate date) {
        Parameter p = tables.get(name);
        if (p == null) {
            return false;
        }
        if (p.derived()) {
            for (String in : p.formula().inputs()) {
                if (!inForce(in, date)) {
                    return false;
                }
            }
            return true;
        }
        for (DatedValue v : p.values()) {
            if (!v.effectiveFrom().isAfter(date) && v.status().usable()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of {@code name} for {@code qualifier} (may be {@code null}) on {@code date}.
     *
     * @throws MissingLawException when the law cannot give one
     */
    public ParameterValue value(String name, String qualifier, LocalDate date) {
        // a small direct-mapped cache per thread in front of the shared memo: a rule function looks up the same few
        // figures for every day of a pay period, and this spares the shared map's key allocation and hashing
        int h = (name.hashCode() * 31 + (qualifier == null ? 0 : qualifier.hashCode())) * 31 + date.hashCode();
        int slot = ((h ^ (h >>> 16)) & (RECENT_SLOTS - 1)) * 4;
        Object[] recent = this.recent.get();
        Object hit = recent[slot + 3];
        if (hit != null && (recent[slot] == name || name.equals(recent[slot])) && Objects.equals(qualifier, recent[slot + 1])
                && date.equals(recent[slot + 2])) {
            if (hit instanceof MissingLawException e) {
                throw e.copy();
            }
            return (ParameterValue) hit;
        }
        Object cached = lookup(name, qualifier, date);
        recent[slot] = name;
        recent[slot + 1] = qualifier;
        recent[slot + 2] = date;
        recent[slot + 3] = cached;
        if (cached instanceof MissingLawException e) {
            throw e.copy();
        }
        return (ParameterValue) cached;
    }

    private Object lookup(String name, String qualifier, LocalDate date) {
        Key key = new Key(name, qualifier, date);
        Object cached = memo.get(key);
        if (cached == null) {
            try {
                cached = resolve(name, qualifier, date);
            } catch (MissingLawException e) {
                cached = e;
            }
            if (memo.size() > 200_000) {
                memo.clear();
            }
            memo.put(key, cached);
        }
        return cached;
    }

    private ParameterValue resolve(String name, String qualifier, LocalDate date) {
        Parameter p = tables.get(name);
        if (p == null) {
            throw new MissingLawException(name, qualifier, date, MissingLawException.Reason.NOT_DEFINED, null);
        }
        if (p.derived()) {
            List<ParameterValue> inputs = new ArrayList<>();
            BigDecimal v = p.formula().evaluate(in -> {
                ParameterValue pv = value(in, qualifier, date);
                inputs.add(pv);
                return pv.decimal();
            });
            LocalDate from = LocalDate.MIN;
            String warning = null;
            for (ParameterValue in : inputs) {
                if (in.effectiveFrom().isAfter(from)) {
                    from = in.effectiveFrom();
                }
                if (warning == null) {
                    warning = in.warning();
                }
            }
            return new ParameterValue(name, qualifier == null ? DatedValue.ANY : qualifier, date, v, p.unit(), from,
                    p.formulaCitation(), SourceStatus.DERIVED, warning, p.formula().text(), inputs);
        }
        DatedValue best = null;
        boolean anyBefore = false;
        boolean qualifiedAtBest = false;
        for (DatedValue row : p.values()) {
            if (row.effectiveFrom().isAfter(date)) {
                break;
            }
            anyBefore = true;
            boolean applies = qualifier == null || row.qualifier().equals(DatedValue.ANY)
                    || row.qualifier().equals(qualifier);
            if (!applies) {
                continue;
            }
            if (best == null || row.effectiveFrom().isAfter(best.effectiveFrom())) {
                best = row;
                qualifiedAtBest = !row.qualifier().equals(DatedValue.ANY);
            } else if (row.effectiveFrom().equals(best.effectiveFrom())) {
                if (!row.qualifier().equals(DatedValue.ANY)) {
                    qualifiedAtBest = true;
                    if (qualifier != null) {
                        best = row;
                    }
                }
            }
        }
        if (best == null) {
            throw new MissingLawException(name, qualifier, date, anyBefore
                    ? MissingLawException.Reason.NO_VALUE_FOR_QUALIFIER
                    : MissingLawException.Reason.BEFORE_COVERAGE,
                    anyBefore ? null : "first value is in force from " + p.firstDate());
        }
        if (qualifier == null && qualifiedAtBest) {
            throw new MissingLawException(name, null, date, MissingLawException.Reason.QUALIFIER_REQUIRED,
                    "values differ by " + describeQualifiers(p, best.effectiveFrom()));
        }
        if (!best.status().usable()) {
            throw new MissingLawException(name, qualifier, date, MissingLawException.Reason.UNVERIFIED,
                    "row from " + best.effectiveFrom() + ": " + best.citation());
        }
        LocalDate known = p.knownUntil(best.qualifier().equals(DatedValue.ANY) ? qualifier : best.qualifier());
        if (known != null && date.isAfter(known) && !best.effectiveFrom().isAfter(known)) {
            throw new MissingLawException(name, qualifier, date, MissingLawException.Reason.AFTER_KNOWN_UNTIL,
                    "values known until " + known);
        }
        String warning = null;
        if (p.verifiedOn() != null && date.isAfter(p.verifiedOn()) && best.status() != SourceStatus.SUPPLIED) {
            warning = name + " for " + date + " relies on sources last checked on " + p.verifiedOn();
        }
        return new ParameterValue(name, best.qualifier(), date, best.value(), p.unit(), best.effectiveFrom(),
                best.citation(), best.status(), warning, null, List.of());
    }

    private static String describeQualifiers(Parameter p, LocalDate on) {
        List<String> qs = new ArrayList<>();
        for (DatedValue v : p.values()) {
            if (v.effectiveFrom().equals(on) && !qs.contains(v.qualifier())) {
                qs.add(v.qualifier());
            }
        }
        return String.join(" / ", qs);
    }
}
