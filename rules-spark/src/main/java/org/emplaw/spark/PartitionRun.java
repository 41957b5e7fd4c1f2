package org.emplaw.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.emplaw.core.BatchInput;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Finding;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.audit.PayrollJoin;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.audit.RowSource;
import org.emplaw.examples.audit.UnitAccounting;

/**
 * Evaluates one partition: its input records (employees, time and pay rows, sorted by employee id, then
 * source, then line, so each employee's rows are together) go through the harness's {@link PayrollJoin}
 * into {@link Emplaw#evaluateAll} (chunked sessions on the JVM's shared evaluator), and come out as rows
 * lazily: findings, errors as they happen, and at the end the partition's ledger counts.
 *
 * <p>The accounting is the in-process audit's ({@link UnitAccounting}, shared with {@code AuditRun}): a pay period's time and pay rows are
 * evaluated together or rejected together, and an employee counts as evaluated when at least one of its
 * evaluations succeeded. Every row read is either evaluated or an error: the counts reconcile.
 */
final class PartitionRun implements Iterator<Row> {
    /** The three sides of the join, in sort order. */
    enum Lane {
        EMPLOYEES(InputSchema.EMPLOYEES), TIME(InputSchema.TIME), PAY(InputSchema.PAY);

        final InputSchema schema;

        Lane(InputSchema schema) {
            this.schema = schema;
        }

        static Lane of(String source) {
            for (Lane l : values()) {
                if (l.schema.name().equals(source)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("not an input of the payroll join: " + source);
        }
    }

    /** File labels of the three sides (null when the side is absent). */
    record Labels(String employees, String time, String pay) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Deque<Row> out = new ArrayDeque<>();
    private final Ledger ledger;
    private final Labels labels;
    private final boolean javaTimeDates;
    private final PayrollJoin join;
    private final Iterator<BatchResult> results;
    private final Deque<PayrollJoin.Unit> inFlight = new ArrayDeque<>();
    private String currentId;
    private String currentRef;
    private long currentEvaluations;
    private boolean finished;

    PartitionRun(Iterator<Row> records, Emplaw emplaw, RunSpec spec, Map<String, Position> positions,
                 Map<String, String> positionErrors, Places places, Labels labels, boolean javaTimeDates) {
        this.labels = labels;
        this.javaTimeDates = javaTimeDates;
        this.ledger = new Ledger(e -> out.add(OutputRows.out(OutputRows.KIND_ERROR, OutputRows.error(e))));
        Demux demux = new Demux(records);
        ledger.file(labels.employees());
        RowSource employees = RowSource.ofReads(labels.employees(), InputSchema.EMPLOYEES, demux.lane(Lane.EMPLOYEES));
        RowSource time = null;
        if (labels.time() != null) {
            ledger.file(labels.time());
            time = RowSource.ofReads(labels.time(), InputSchema.TIME, demux.lane(Lane.TIME));
        }
        RowSource pay = null;
        if (labels.pay() != null) {
            ledger.file(labels.pay());
            pay = RowSource.ofReads(labels.pay(), InputSchema.PAY, demux.lane(Lane.PAY));
        }
        this.join = new PayrollJoin(employees, time, pay, positions, positionErrors, places, spec.asOf(), spec.options(), ledger,
                spec.perEmployee());
        Iterator<BatchInput> inputs = join.inputs(inFlight::add);
        this.results = emplaw.evaluateAll(inputs, PayrollJoin.chunkSize(emplaw.chunkSize(), spec.perEmployee()),
                java.util.function.Function.identity());
    }

    @Override
    public boolean hasNext() {
        while (out.isEmpty() && !finished) {
            step();
        }
        return !out.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return out.poll();
    }

    private void step() {
        if (!results.hasNext()) {
            finishEmployee();
            ledger.files().forEach((f, c) -> out.add(OutputRows.out(OutputRows.KIND_COUNT, OutputRows.count(f, c))));
            finished = true;
            return;
        }
        BatchResult r = results.next();
        PayrollJoin.Unit u = inFlight.poll();
        if (u == null) {
            throw new IllegalStateException("batch result without a unit: " + r.record());
        }
        if (currentId == null || !currentId.equals(u.employeeId()) || !currentRef.equals(u.employeeRef())) {
            finishEmployee();
            currentId = u.employeeId();
            currentRef = u.employeeRef();
            currentEvaluations = 0;
        }
        String timeFile = labels.time() == null ? "time" : labels.time();
        String payFile = labels.pay() == null ? "pay" : labels.pay();
        if (r.ok()) {
            UnitAccounting.evaluated(ledger, u, timeFile, payFile);
            currentEvaluations++;
            for (Finding f : r.result().findings()) {
                // the same row and pay period as the in-process audit reports the finding against
                PayrollJoin.Period period = u.periodOf(f.subject());
                out.add(OutputRows.out(OutputRows.KIND_FINDING, OutputRows.finding(u.recordOf(period), u.employeeId(),
                        period == null ? null : period.id(), r.result(), f, javaTimeDates)));
            }
        } else if (UnitAccounting.failed(ledger, u, r.error(), labels.employees(), timeFile, payFile)) {
            currentId = null;
        }
    }

    private void finishEmployee() {
        if (currentId == null) {
            return;
        }
        UnitAccounting.employeeFinished(ledger, labels.employees(), currentId, currentRef, currentEvaluations);
        currentId = null;
    }

    /**
     * Splits the partition's single sorted stream into the three sorted sides the join reads in step.
     * Rows are buffered only until their side asks for them: at most about two employees' rows.
     */
    static final class Demux {
        private final Iterator<Row> records;
        private final Map<Lane, Deque<RowSource.Read>> queues = new EnumMap<>(Lane.class);

        Demux(Iterator<Row> records) {
            this.records = records;
            for (Lane l : Lane.values()) {
                queues.put(l, new ArrayDeque<>());
            }
        }

        Iterator<RowSource.Read> lane(Lane lane) {
            Deque<RowSource.Read> q = queues.get(lane);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    while (q.isEmpty() && records.hasNext()) {
                        Row r = records.next();
                        queues.get(Lane.of(r.getString(0))).add(InputRecords.read(r));
                    }
                    return !q.isEmpty();
                }

                @Override
                public RowSource.Read next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return q.poll();
                }
            };
        }
    }
}
