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
import java.util.concurrent.atomic.AtomicReferenceArray;

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
    /** Memoised answers per parameter, qualifier and day (see {@link Answers}); built on demand, never evicted. */
    private final Map<String, Answers> answers = new ConcurrentHashMap<>();
    /** The most distinct qualifiers memoised per parameter; beyond it (unbounded input variety) answers are computed. */
    private static final int MAX_QUALIFIERS = 4_096;
    /** Memoised groups of figures per day ({@link #onDay}), keyed by the group (a constant, or a value by equality). */
    private final Map<DayLaw<?>, Days> groups = new ConcurrentHashMap<>();
    /** The most distinct groups memoised; beyond it (groups that are not constants) answers are computed. */
    private static final int MAX_GROUPS = 1_024;
    /** The change days of sets of parameters ({@link #sameFigures(java.util.Set, LocalDate, LocalDate)}), by set. */
    private final Map<java.util.Set<String>, long[]> changeDaysOf = new ConcurrentHashMap<>();

    /**
     * The memoised answers of one parameter: one {@link Days} per qualifier asked for (and one for no qualifier). A
     * lookup is a map read by name (hash cached in the string), one by qualifier and two array reads by day, with no
     * allocation: it is the hottest path of an evaluation (a pay period asks about 170 figures).
     */
    private static final class Answers {
        final Days unqualified = new Days();
        final Map<String, Days> byQualifier = new ConcurrentHashMap<>();

        Days days(String qualifier) {
            if (qualifier == null) {
                return unqualified;
            }
            Days d = byQualifier.get(qualifier);
            if (d == null) {
                if (byQualifier.size() >= MAX_QUALIFIERS) {
                    return null;
                }
                d = byQualifier.computeIfAbsent(qualifier, q -> new Days());
            }
            return d;
        }
    }

    /**
     * Answers by day (epoch day), in lazily allocated blocks of 256 days; days before 1970-01-01 or after 2969 are not
     * memoised. Races are benign: two threads may each compute an equal answer and either is kept.
     */
    private static final class Days {
        private static final int SHIFT = 8;
        private static final int MAX_BLOCKS = 1 << 12;
        private volatile AtomicReferenceArray<Object>[] blocks = newBlocks(0);

        @SuppressWarnings("unchecked")
        private static AtomicReferenceArray<Object>[] newBlocks(int n) {
            return (AtomicReferenceArray<Object>[]) new AtomicReferenceArray<?>[n];
        }

        Object get(long epochDay) {
            if (epochDay < 0) {
                return null;
            }
            int b = (int) (epochDay >>> SHIFT);
            AtomicReferenceArray<Object>[] bs = blocks;
            if (b >= bs.length) {
                return null;
            }
            AtomicReferenceArray<Object> block = bs[b];
            return block == null ? null : block.get((int) epochDay & ((1 << SHIFT) - 1));
        }

        void put(long epochDay, Object answer) {
            if (epochDay < 0 || (epochDay >>> SHIFT) >= MAX_BLOCKS) {
                return;
            }
            int b = (int) (epochDay >>> SHIFT);
            AtomicReferenceArray<Object>[] bs = blocks;
            AtomicReferenceArray<Object> block = b < bs.length ? bs[b] : null;
            if (block == null) {
                synchronized (this) {
                    bs = blocks;
                    if (b >= bs.length) {
                        bs = java.util.Arrays.copyOf(bs, b + 1);
                    } else {
                        bs = bs.clone();
                    }
                    block = bs[b];
                    if (block == null) {
                        block = new AtomicReferenceArray<>(1 << SHIFT);
                        bs[b] = block;
                    }
                    blocks = bs;
                }
            }
            block.set((int) epochDay & ((1 << SHIFT) - 1), answer);
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

    /**
     * Whether the parameters {@code names} (and the inputs of those derived by formula) are the same on {@code a} and on
     * {@code b}: none of them has a value that takes effect, a known-until date that ends or a verification date that
     * passes after the earlier day and on or before the later one. A test that reads only those figures (and facts that
     * do not change) gives the same answer on both days. Names the book does not define are ignored (asking for them
     * fails anyway). Memoised per set of names.
     */
    public boolean sameFigures(java.util.Set<String> names, LocalDate a, LocalDate b) {
        long[] days = changeDaysOf.computeIfAbsent(names, this::changeDays);
        return changesUpTo(days, a.toEpochDay()) == changesUpTo(days, b.toEpochDay());
    }

    /** The number of change days on or before {@code day}. */
    private static int changesUpTo(long[] days, long day) {
        int i = java.util.Arrays.binarySearch(days, day);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The change days of the parameters {@code names} and of the inputs of those derived by formula. */
    private long[] changeDays(java.util.Set<String> names) {
        java.util.Map<String, Parameter> read = new java.util.TreeMap<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(names);
        while (!todo.isEmpty()) {
            Parameter p = tables.get(todo.pop());
            if (p != null && read.put(p.name(), p) == null && p.derived()) {
                todo.addAll(p.formula().inputs());
            }
        }
        return changeDays(read.values());
    }

    /** The days on which some figure of {@code parameters} may change, sorted and distinct. */
    private static long[] changeDays(Collection<Parameter> parameters) {
        java.util.TreeSet<Long> set = new java.util.TreeSet<>();
        for (Parameter p : parameters) {
            for (DatedValue v : p.values()) {
                set.add(v.effectiveFrom().toEpochDay());
            }
            for (LocalDate k : p.knownUntil().values()) {
                if (k.isBefore(LocalDate.MAX)) {
                    set.add(k.toEpochDay() + 1);
                }
            }
            if (p.verifiedOn() != null) {
                set.add(p.verifiedOn().toEpochDay() + 1);
            }
        }
        long[] d = new long[set.size()];
        int i = 0;
        for (Long x : set) {
            d[i++] = x;
        }
        return d;
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
        Object answer = answer(name, qualifier, date);
        if (answer instanceof MissingLawException e) {
            throw e.copy();
        }
        return (ParameterValue) answer;
    }

    /**
     * Whether {@code name} has values that differ by qualifier on {@code date}, so that asking without one is refused
     * ({@link MissingLawException.Reason#QUALIFIER_REQUIRED}): for a test that needs a qualifier (an employer-size tier)
     * only on such dates. Answered from the memo, without an exception.
     */
    public boolean qualifierRequired(String name, LocalDate date) {
        return answer(name, null, date) instanceof MissingLawException e
                && e.reason() == MissingLawException.Reason.QUALIFIER_REQUIRED;
    }

    /** The memoised answer: the value, or the {@link MissingLawException} that explains why there is none (not thrown). */
    private Object answer(String name, String qualifier, LocalDate date) {
        Answers a = answers.get(name);
        if (a == null) {
            a = answers.computeIfAbsent(name, n -> new Answers());
        }
        Days days = a.days(qualifier);
        long day = date.toEpochDay();
        Object cached = days == null ? null : days.get(day);
        if (cached == null) {
            try {
                cached = resolve(name, qualifier, date);
            } catch (MissingLawException e) {
                cached = e;
            }
            if (days != null) {
                days.put(day, cached);
            }
        }
        return cached;
    }

    /**
     * The group of figures of law {@code group} reads for {@code day}, memoised per day: one lookup for figures a test
     * reads together (see {@link DayLaw}).
     *
     * @throws MissingLawException when the law cannot give one of the group's figures
     */
    @SuppressWarnings("unchecked")
    public <T> T onDay(DayLaw<T> group, LocalDate day) {
        Days days = groups.get(group);
        if (days == null) {
            days = groups.size() >= MAX_GROUPS ? null : groups.computeIfAbsent(group, g -> new Days());
        }
        long epochDay = day.toEpochDay();
        Object cached = days == null ? null : days.get(epochDay);
        if (cached == null) {
            try {
                cached = java.util.Objects.requireNonNull(group.lookUp(this, day), "a DayLaw group gave null");
            } catch (MissingLawException e) {
                cached = e;
            }
            if (days != null) {
                days.put(epochDay, cached);
            }
        }
        if (cached instanceof MissingLawException e) {
            throw e.copy();
        }
        return (T) cached;
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
