package org.emplaw.examples.audit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.emplaw.core.BatchInput;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.facts.Deduction;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.Position;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.Values;

/**
 * Joins the four input files by employee while streaming them. employees.csv, time.csv and pay.csv
 * must be sorted by {@code employee_id} (compared as text); positions.csv is read into memory. For
 * each employee, its time and pay rows are gathered (one employee's year at most), grouped into pay
 * periods, and each pay period becomes one evaluation unit as soon as the employee is complete, so
 * memory stays flat however large the files are.
 *
 * <p>Nothing is dropped: every row ends up in a unit (evaluated, or failed as a whole) or is reported
 * to the {@link Ledger} as an error naming the row: unreadable rows, rows out of order, rows of an
 * employee missing from employees.csv, workdays outside every pay period, duplicate employee ids.
 */
public final class PayrollJoin implements Iterator<PayrollJoin.Unit> {
    /**
     * One evaluation: a pay period, an employee's pay periods together ({@link #perEmployee}), or an employee without pay
     * data, evaluated as of --as-of. {@code periodId} is the pay period of a unit of one pay period, else {@code null};
     * {@code periods} lists the unit's pay periods (none for an employee without pay data); {@code skipped} receives, on
     * the batch thread that builds the request, the pay periods of an employee's unit whose rows could not be read (the
     * others are evaluated without them). Its row counts and first rows are its pay periods'.
     */
    public record Unit(String employeeId, String employeeRef, String periodId, BatchInput input, List<Period> periods,
                       java.util.Queue<Skipped> skipped) {
        /** The unit's workday rows. */
        public int timeRows() {
            int n = 0;
            for (Period p : periods) {
                n += p.timeRows();
            }
            return n;
        }

        /** The unit's pay rows. */
        public int payRows() {
            int n = 0;
            for (Period p : periods) {
                n += p.payRows();
            }
            return n;
        }

        /** The unit's first row: its first pay period's first pay row, or the employee's row without pay data. */
        public String firstRef() {
            return periods.isEmpty() ? employeeRef : periods.get(0).firstRef();
        }

        /** The unit's first workday row, or {@code null} without workdays. */
        public String firstTimeRef() {
            for (Period p : periods) {
                if (p.firstTimeRef() != null) {
                    return p.firstTimeRef();
                }
            }
            return null;
        }

        /** The pay period a finding of this unit is about, by its subject (see {@link Period#of}); {@code null}: the employee. */
        public Period periodOf(String subject) {
            if (periodId != null) {
                return periods.get(0);
            }
            return Period.of(periods, subject);
        }

        /** The input row a finding of this unit is reported against: its pay period's first pay row, or the employee's row. */
        public String recordOf(Period p) {
            return p != null ? p.firstRef() : employeeRef;
        }
    }

    /** A pay period of a unit: its dates, its first pay and time rows and its row counts. */
    public record Period(String id, LocalDate start, LocalDate end, String firstRef, String firstTimeRef, int payRows,
                         int timeRows) {
        /**
         * The pay period of {@code periods} a finding's subject is about: the one it names ("... pay period P ...", the
         * longest id that matches), or the one holding the workday or the start of the workweek it names ("... workday
         * 2025-03-04", "... workweek 2025-03-02"; a workweek that starts before its pay period goes to the first pay period
         * it overlaps); {@code null} for a finding about the employee (or one naming several pay periods).
         */
        public static Period of(List<Period> periods, String subject) {
            int at = subject.indexOf(" pay period ");
            if (at >= 0) {
                String rest = subject.substring(at + " pay period ".length());
                Period best = null;
                for (Period p : periods) {
                    if ((rest.equals(p.id) || rest.startsWith(p.id + " ")) && (best == null || p.id.length() > best.id.length())) {
                        best = p;
                    }
                }
                return best;
            }
            for (String kind : new String[] {" workday ", " workweek "}) {
                int k = subject.indexOf(kind);
                if (k < 0 || subject.length() < k + kind.length() + 10) {
                    continue;
                }
                LocalDate d;
                try {
                    d = LocalDate.parse(subject.substring(k + kind.length(), k + kind.length() + 10));
                } catch (java.time.format.DateTimeParseException e) {
                    continue;
                }
                LocalDate last = kind.equals(" workweek ") ? d.plusDays(6) : d;
                for (Period p : periods) {
                    if (!d.isAfter(p.end) && !last.isBefore(p.start)) {
                        return p;
                    }
                }
            }
            return null;
        }
    }

    /** The pay periods an employee's unit is assumed to hold when sizing chunks: a year of biweekly pay periods. */
    static final int PAY_PERIODS_PER_EMPLOYEE_UNIT = 26;

    /**
     * The chunk size for a batch of this join's units: {@code chunkSize} for units of one pay period; for employees' units,
     * which hold about a year of pay periods, that many fewer, so that the records in flight (two chunks per thread)
     * weigh about the same and memory stays flat.
     */
    public static int chunkSize(int chunkSize, boolean perEmployee) {
        return perEmployee ? Math.max(1, chunkSize / PAY_PERIODS_PER_EMPLOYEE_UNIT) : chunkSize;
    }

    /** A pay period left out of an employee's unit because its rows could not be read. */
    public record Skipped(Period period, String error) {
    }

    private final RowSource employees;
    private final RowSource time;
    private final RowSource pay;
    private final Map<String, Position> positions;
    private final Map<String, String> positionErrors;
    private final Places places;
    private final LocalDate asOf;
    private final Map<String, String> options;
    private final Ledger ledger;
    private final Deque<Unit> ready = new ArrayDeque<>();
    private final Lane timeLane;
    private final Lane payLane;
    private final boolean perEmployee;
    private RowSource.Read pendingEmployee;
    private String lastEmployee;
    private boolean done;

    /** A join that makes one unit per pay period. */
    public PayrollJoin(RowSource employees, RowSource time, RowSource pay, Map<String, Position> positions,
                       Map<String, String> positionErrors, Places places, LocalDate asOf, Map<String, String> options,
                       Ledger ledger) {
        this(employees, time, pay, positions, positionErrors, places, asOf, options, ledger, false);
    }

    /**
     * A join that makes one unit per pay period, or, with {@code perEmployee}, one per employee holding all its pay
     * periods (one request: employee-level questions once, Lab. Code 226(e) over all the wage statements).
     */
    public PayrollJoin(RowSource employees, RowSource time, RowSource pay, Map<String, Position> positions,
                       Map<String, String> positionErrors, Places places, LocalDate asOf, Map<String, String> options,
                       Ledger ledger, boolean perEmployee) {
        this.perEmployee = perEmployee;
        this.employees = Objects.requireNonNull(employees, "employees");
        this.time = time;
        this.pay = pay;
        this.positions = positions;
        this.positionErrors = positionErrors;
        this.places = places;
        this.asOf = asOf;
        this.options = options;
        this.ledger = ledger;
        this.timeLane = new Lane(time, "time");
        this.payLane = new Lane(pay, "pay");
    }

    /**
     * The join as batch inputs for {@link org.emplaw.core.Emplaw#evaluateAll}: each unit is handed to
     * {@code issued} (in input order, on the caller's thread) as its input is taken, so the caller can match
     * results to units.
     */
    public Iterator<BatchInput> inputs(java.util.function.Consumer<Unit> issued) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return PayrollJoin.this.hasNext();
            }

            @Override
            public BatchInput next() {
                Unit u = PayrollJoin.this.next();
                issued.accept(u);
                return u.input();
            }
        };
    }

    /** Reads all positions into memory; bad rows and duplicate ids are errors in the ledger. */
    public static void readPositions(RowSource src, Map<String, Position> out, Map<String, String> errors, Ledger ledger) {
        if (src == null) {
            return;
        }
        Map<String, String> where = new LinkedHashMap<>();
        RowSource.Read r;
        while ((r = src.next()) != null) {
            ledger.read(src.file(), 1);
            if (!r.ok()) {
                ledger.error(src.file(), 1, r.ref(), r.error());
                continue;
            }
            String id = r.row().get("position_id");
            try {
                Position p = Rows.position(r.row());
                if (where.containsKey(p.id())) {
                    String msg = r.ref() + ", field 'position_id': duplicate position id '" + p.id() + "' (also at " + where.get(p.id()) + ")";
                    ledger.error(src.file(), 1, r.ref(), msg);
                    errors.put(p.id(), msg);
                    out.remove(p.id());
                    continue;
                }
                where.put(p.id(), r.ref());
                if (!errors.containsKey(p.id())) {
                    out.put(p.id(), p);
                }
                ledger.loaded(src.file(), 1);
            } catch (InputException e) {
                ledger.error(src.file(), 1, r.ref(), e.getMessage());
                if (id != null) {
                    errors.put(id, e.getMessage());
                }
            }
        }
    }

    /** How far through pay.csv (or employees.csv without pay) the join is, 0..1. */
    public double progress() {
        return pay != null ? pay.progress() : employees.progress();
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !done) {
            advance();
        }
        return !ready.isEmpty();
    }

    @Override
    public Unit next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** A sorted side file (time or pay) read in step with employees.csv. */
    private final class Lane {
        private final RowSource src;
        private final String label;
        private RowSource.Read pending;
        private String pendingKey;
        private RowSource.Read ahead;
        private String lastKey; // the key of the last row taken or reported as an orphan

        Lane(RowSource src, String label) {
            this.src = src;
            this.label = label;
        }

        /** The next readable row that has a key, or null at the end; reports the others. */
        private RowSource.Read readKeyed() {
            while (src != null) {
                RowSource.Read r = src.next();
                if (r == null) {
                    return null;
                }
                ledger.read(src.file(), 1);
                if (!r.ok()) {
                    ledger.error(src.file(), 1, r.ref(), r.error());
                    continue;
                }
                if (r.row().get("employee_id") == null) {
                    ledger.error(src.file(), 1, r.ref(), r.ref() + ", field 'employee_id': is required");
                    continue;
                }
                return r;
            }
            return null;
        }

        private void outOfOrder(RowSource.Read r, String what) {
            ledger.error(src.file(), 1, r.ref(), r.ref() + ", field 'employee_id': out of order: " + what + " (sort "
                    + src.file() + " by employee_id)");
        }

        /**
         * Fills {@code pending} with the next row in order, looking one row ahead: when the next row's key is
         * lower, the row out of order is the one that breaks the sequence for the employee being read
         * ({@code current}), so one mistyped employee_id costs its own row, not every row after it.
         */
        private void fill(String current) {
            while (pending == null) {
                RowSource.Read r = ahead != null ? ahead : readKeyed();
                ahead = null;
                if (r == null) {
                    return;
                }
                String key = r.row().get("employee_id");
                if (lastKey != null && key.compareTo(lastKey) < 0) {
                    outOfOrder(r, "'" + Values.abbreviate(key) + "' comes after '" + Values.abbreviate(lastKey) + "'");
                    continue;
                }
                pending = r;
                pendingKey = key;
            }
            while (true) {
                if (ahead == null) {
                    ahead = readKeyed();
                    if (ahead == null) {
                        return;
                    }
                }
                String aheadKey = ahead.row().get("employee_id");
                if (aheadKey.compareTo(pendingKey) >= 0) {
                    return;
                }
                boolean pendingIsOut = current != null && pendingKey.compareTo(current) > 0 && aheadKey.compareTo(current) >= 0
                        && (lastKey == null || aheadKey.compareTo(lastKey) >= 0);
                if (pendingIsOut) {
                    outOfOrder(pending, "'" + Values.abbreviate(pendingKey) + "' comes before '" + Values.abbreviate(aheadKey) + "'");
                    pending = ahead;
                    pendingKey = aheadKey;
                } else {
                    outOfOrder(ahead, "'" + Values.abbreviate(aheadKey) + "' comes after '" + Values.abbreviate(pendingKey) + "'");
                }
                ahead = null;
            }
        }

        /** The rows of employee {@code id}; rows of employees before it are orphans and reported. */
        List<InputRow> take(String id) {
            List<InputRow> out = new ArrayList<>();
            while (true) {
                fill(id);
                if (pending == null) {
                    return out;
                }
                int c = pendingKey.compareTo(id);
                if (c > 0) {
                    return out;
                }
                if (c < 0) {
                    ledger.error(src.file(), 1, pending.ref(), pending.ref() + ", field 'employee_id': no employee '"
                            + Values.abbreviate(pendingKey) + "' in employees (or employees is not sorted by employee_id)");
                } else {
                    out.add(pending.row());
                }
                lastKey = pendingKey;
                pending = null;
            }
        }

        /** Reports every remaining row as an orphan. */
        void drain() {
            while (true) {
                fill(null);
                if (pending == null) {
                    return;
                }
                ledger.error(src.file(), 1, pending.ref(), pending.ref() + ", field 'employee_id': no employee '"
                        + Values.abbreviate(pendingKey) + "' in employees (or employees is not sorted by employee_id)");
                lastKey = pendingKey;
                pending = null;
            }
        }
    }

    private RowSource.Read nextEmployee() {
        while (true) {
            RowSource.Read r;
            if (pendingEmployee != null) {
                r = pendingEmployee;
                pendingEmployee = null;
            } else {
                r = employees.next();
                if (r == null) {
                    return null;
                }
                ledger.read(employees.file(), 1);
            }
            if (!r.ok()) {
                ledger.error(employees.file(), 1, r.ref(), r.error());
                continue;
            }
            String key = r.row().get("employee_id");
            if (key == null) {
                ledger.error(employees.file(), 1, r.ref(), r.ref() + ", field 'employee_id': is required");
                continue;
            }
            if (lastEmployee != null && key.compareTo(lastEmployee) < 0) {
                ledger.error(employees.file(), 1, r.ref(), r.ref() + ", field 'employee_id': out of order: '" + Values.abbreviate(key)
                        + "' comes after '" + Values.abbreviate(lastEmployee) + "' (sort " + employees.file() + " by employee_id)");
                continue;
            }
            return r;
        }
    }

    private void advance() {
        RowSource.Read e = nextEmployee();
        if (e == null) {
            timeLane.drain();
            payLane.drain();
            done = true;
            return;
        }
        String id = e.row().get("employee_id");
        String previous = lastEmployee;
        lastEmployee = id;
        List<RowSource.Read> duplicates = new ArrayList<>();
        while (true) {
            RowSource.Read n = employees.next();
            if (n == null) {
                break;
            }
            ledger.read(employees.file(), 1);
            if (n.ok() && id.equals(n.row().get("employee_id"))) {
                duplicates.add(n);
                continue;
            }
            pendingEmployee = n;
            break;
        }
        String nextKey = pendingEmployee != null && pendingEmployee.ok() ? pendingEmployee.row().get("employee_id") : null;
        if (nextKey != null && nextKey.compareTo(id) < 0 && (previous == null || nextKey.compareTo(previous) >= 0)) {
            // this row, not the next, breaks the order: one mistyped id costs its own row, not every employee after it
            ledger.error(employees.file(), 1 + duplicates.size(), e.ref(), e.ref() + ", field 'employee_id': out of order: '"
                    + Values.abbreviate(id) + "' comes before '" + Values.abbreviate(nextKey) + "' (sort " + employees.file()
                    + " by employee_id)");
            lastEmployee = previous;
            return;
        }
        List<InputRow> times = timeLane.take(id);
        List<InputRow> pays = payLane.take(id);
        if (!duplicates.isEmpty()) {
            List<String> refs = new ArrayList<>();
            refs.add(e.ref());
            duplicates.forEach(d -> refs.add(d.ref()));
            String msg = "duplicate employee_id '" + Values.abbreviate(id) + "' at " + String.join(", ", refs)
                    + " (which record the time and pay rows belong to is unknown)";
            ledger.error(employees.file(), refs.size(), e.ref(), e.ref() + ", field 'employee_id': " + msg);
            rejectRows(times, pays, msg);
            return;
        }
        Employee emp;
        Position pos = null;
        try {
            emp = Rows.employee(e.row(), places);
            if (emp.positionId() != null) {
                if (positionErrors.containsKey(emp.positionId())) {
                    throw new InputException(e.ref(), "position_id", "position '" + emp.positionId()
                            + "' has an error in positions: " + positionErrors.get(emp.positionId()));
                }
                pos = positions.get(emp.positionId());
                if (pos == null) {
                    throw new InputException(e.ref(), "position_id", "no position '" + emp.positionId() + "' in positions");
                }
            }
        } catch (InputException ex) {
            ledger.error(employees.file(), 1, e.ref(), ex.getMessage());
            rejectRows(times, pays, "not evaluated: employee '" + id + "' at " + e.ref() + " has an error");
            return;
        }
        units(emp, pos, e.ref(), times, pays);
    }

    private void rejectRows(List<InputRow> times, List<InputRow> pays, String why) {
        for (InputRow r : times) {
            ledger.error(r.file(), 1, r.ref(), r.ref() + ": " + why);
        }
        for (InputRow r : pays) {
            ledger.error(r.file(), 1, r.ref(), r.ref() + ": " + why);
        }
    }

    /** A pay period being assembled from its rows. */
    private static final class Group {
        final String id;
        final List<InputRow> pay = new ArrayList<>();
        final List<InputRow> time = new ArrayList<>();
        LocalDate start;
        LocalDate end;
        String error;
        String errorRef;

        Group(String id) {
            this.id = id;
        }
    }

    private void units(Employee emp, Position pos, String empRef, List<InputRow> times, List<InputRow> pays) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (InputRow r : pays) {
            String pid = r.get("pay_period_id");
            if (pid == null) {
                ledger.error(r.file(), 1, r.ref(), r.ref() + ", field 'pay_period_id': is required");
                continue;
            }
            groups.computeIfAbsent(pid, Group::new).pay.add(r);
        }
        List<Group> ok = new ArrayList<>();
        for (Group g : groups.values()) {
            InputRow first = g.pay.get(0);
            try {
                LocalDate start = Rows.date(first, "period_start");
                LocalDate end = Rows.date(first, "period_end");
                if (end.isBefore(start)) {
                    throw new InputException(first.ref(), "period_end", "is before period_start (" + end + " < " + start + ")");
                }
                g.start = start; // set only when both dates are good: workdays are matched against start..end
                g.end = end;
                for (InputRow r : g.pay.subList(1, g.pay.size())) {
                    for (String col : List.of("period_start", "period_end", "pay_date", "workweek_start")) {
                        if (!Objects.equals(first.get(col), r.get(col))) {
                            throw new InputException(r.ref(), col, "'" + r.get(col) + "' differs from '" + first.get(col)
                                    + "' at " + first.ref() + " for pay period '" + g.id + "'");
                        }
                    }
                }
                for (Group o : ok) {
                    if (!g.end.isBefore(o.start) && !g.start.isAfter(o.end)) {
                        throw new InputException(first.ref(), "period_start", "pay period '" + g.id + "' (" + g.start + ".." + g.end
                                + ") overlaps pay period '" + o.id + "' (" + o.start + ".." + o.end + ")");
                    }
                }
                ok.add(g);
            } catch (InputException ex) {
                g.error = ex.getMessage();
                g.errorRef = ex.record();
            }
        }
        for (InputRow t : times) {
            LocalDate d;
            try {
                d = Rows.date(t, "date");
            } catch (InputException ex) {
                ledger.error(t.file(), 1, t.ref(), ex.getMessage());
                continue;
            }
            Group home = null;
            for (Group g : groups.values()) {
                if (g.start != null && !d.isBefore(g.start) && !d.isAfter(g.end)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                ledger.error(t.file(), 1, t.ref(), t.ref() + ", field 'date': workday " + d + " of employee '" + emp.id()
                        + "' is in no pay period of pay" + (pays.isEmpty() ? " (the employee has no pay rows)" : ""));
            } else {
                home.time.add(t);
            }
        }
        for (Group g : groups.values()) {
            if (g.error != null) {
                for (InputRow r : g.pay) {
                    ledger.error(r.file(), 1, r.ref(), r.ref().equals(g.errorRef) ? g.error : r.ref() + ": not evaluated: " + g.error);
                }
                for (InputRow r : g.time) {
                    ledger.error(r.file(), 1, r.ref(), r.ref() + ": not evaluated: " + g.error);
                }
            }
        }
        if (ok.isEmpty()) {
            if (asOf != null && groups.isEmpty()) {
                EvaluationRequest.Builder b = EvaluationRequest.asOf(asOf).subject(emp.subject()).options(options).fact(emp);
                if (pos != null) {
                    b.fact(pos);
                }
                EvaluationRequest req = b.build();
                ready.add(new Unit(emp.id(), empRef, null, BatchInput.of(emp.subject(), req), List.of(),
                        new java.util.concurrent.ConcurrentLinkedQueue<>()));
            } else {
                ledger.error(employees.file(), 1, empRef, empRef + ": employee '" + emp.id() + "' was not evaluated: "
                        + (groups.isEmpty() ? "no pay periods in pay (give --as-of to evaluate employee-level rules alone)"
                        : "every pay period has an error"));
            }
            return;
        }
        ok.sort(java.util.Comparator.comparing(g -> g.start));
        final Position p = pos;
        if (perEmployee) {
            List<Period> periods = new ArrayList<>(ok.size());
            for (Group g : ok) {
                periods.add(period(g));
            }
            java.util.Queue<Skipped> skipped = new java.util.concurrent.ConcurrentLinkedQueue<>();
            List<Group> all = List.copyOf(ok);
            List<Period> fixed = List.copyOf(periods);
            BatchInput in = new BatchInput(emp.subject() + " (" + ok.size() + " pay periods)",
                    () -> employeeRequest(emp, p, all, fixed, skipped));
            ready.add(new Unit(emp.id(), empRef, null, in, fixed, skipped));
            return;
        }
        for (Group g : ok) {
            String record = emp.subject() + " pay period " + g.id;
            BatchInput in = new BatchInput(record, () -> request(emp, p, g));
            ready.add(new Unit(emp.id(), empRef, g.id, in, List.of(period(g)), new java.util.concurrent.ConcurrentLinkedQueue<>()));
        }
    }

    private static Period period(Group g) {
        return new Period(g.id, g.start, g.end, g.pay.get(0).ref(), g.time.isEmpty() ? null : g.time.get(0).ref(), g.pay.size(),
                g.time.size());
    }

    /**
     * Builds the request of an employee's pay periods together (on a batch thread), as of the last pay period's end. A
     * pay period whose rows cannot be read is left out and put in {@code skipped}; when none can be read, the first
     * error fails the unit.
     */
    private EvaluationRequest employeeRequest(Employee emp, Position pos, List<Group> groups, List<Period> periods,
                                              java.util.Queue<Skipped> skipped) {
        List<PayPeriod> built = new ArrayList<>(groups.size());
        InputException first = null;
        for (int i = 0; i < groups.size(); i++) {
            try {
                built.add(payPeriod(emp, groups.get(i)));
            } catch (InputException e) {
                first = first == null ? e : first;
                // worded as the batch words a failed request of that pay period alone: its record, then the error
                skipped.add(new Skipped(periods.get(i), emp.subject() + " pay period " + groups.get(i).id + " " + e.getMessage()));
            }
        }
        if (built.isEmpty()) {
            throw first; // every pay period is in skipped with its own error
        }
        EvaluationRequest.Builder b = EvaluationRequest.asOf(built.get(built.size() - 1).end()).subject(emp.subject())
                .options(options).fact(emp);
        for (PayPeriod pp : built) {
            b.fact(pp);
        }
        if (pos != null) {
            b.fact(pos);
        }
        return b.build();
    }

    /** Builds a pay period's request; runs on a batch thread. Errors name the row and column. */
    private EvaluationRequest request(Employee emp, Position pos, Group g) {
        PayPeriod period = payPeriod(emp, g);
        EvaluationRequest.Builder b = EvaluationRequest.asOf(g.end).subject(emp.subject() + " pay period " + g.id)
                .options(options).fact(emp).fact(period);
        if (pos != null) {
            b.fact(pos);
        }
        return b.build();
    }

    /** Builds a pay period from its rows. Errors name the row and column. */
    private static PayPeriod payPeriod(Employee emp, Group g) {
        InputRow first = g.pay.get(0);
        List<WorkDay> days = new ArrayList<>(g.time.size());
        for (InputRow t : g.time) {
            days.add(Rows.workDay(t));
        }
        List<PayItem> items = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        for (InputRow r : g.pay) {
            if (Rows.isDeduction(r)) {
                deductions.add(Rows.deduction(r));
            } else {
                items.add(Rows.payItem(r));
            }
        }
        DayOfWeek ws = null;
        if (first.get("workweek_start") != null) {
            try {
                ws = Values.dayOfWeek(first.get("workweek_start"), "workweek_start");
            } catch (InputException e) {
                throw new InputException(first.ref(), "workweek_start", e.problem());
            }
        }
        LocalDate payDate = first.get("pay_date") == null ? null : Rows.date(first, "pay_date");
        try {
            return new PayPeriod(g.id, emp.id(), g.start, g.end, ws, days, items, deductions, payDate);
        } catch (InputException e) {
            throw new InputException(first.ref() + " " + e.record(), e.field(), e.problem());
        }
    }
}
