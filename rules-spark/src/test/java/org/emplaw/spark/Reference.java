package org.emplaw.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.BatchInput;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.Receipt;
import org.emplaw.core.facts.Position;
import org.emplaw.examples.audit.AuditRun;
import org.emplaw.examples.audit.CsvParser;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.audit.PayrollJoin;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.audit.RowSource;

/**
 * What the in-process evaluator says about a folder of inputs: the audit's own files (findings.jsonl,
 * errors.csv and the ledger, written by {@link AuditRun}, untouched by this module) and, per evaluation,
 * the receipt of {@link Emplaw#evaluateAll} over the harness's join.
 */
final class Reference {
    final List<String> findingLines;
    final List<List<String>> errors;
    final Map<String, long[]> counts;
    final Map<String, Receipt> receipts;

    private Reference(List<String> findingLines, List<List<String>> errors, Map<String, long[]> counts, Map<String, Receipt> receipts) {
        this.findingLines = findingLines;
        this.errors = errors;
        this.counts = counts;
        this.receipts = receipts;
    }

    /** The audit of {@code data}, with receipts for the employees {@code receiptsFor} accepts. */
    static Reference of(Emplaw emplaw, Path data, Path out, java.util.function.Predicate<String> receiptsFor) throws IOException {
        return of(emplaw, data, out, receiptsFor, false);
    }

    /** The same, with one evaluation per employee holding all its pay periods when {@code perEmployee}. */
    static Reference of(Emplaw emplaw, Path data, Path out, java.util.function.Predicate<String> receiptsFor, boolean perEmployee)
            throws IOException {
        AuditRun.Result r = AuditRun.run(emplaw, new AuditRun.Config(data, out, null, Map.of(), Places.bundled(), false, 5, "reference",
                perEmployee), new PrintStream(java.io.OutputStream.nullOutputStream()));
        List<String> findings = Files.readAllLines(r.findingsJsonl(), StandardCharsets.UTF_8);
        List<List<String>> errors = new ArrayList<>();
        try (var reader = Files.newBufferedReader(r.errorsCsv(), StandardCharsets.UTF_8)) {
            CsvParser p = new CsvParser(reader, "errors.csv");
            p.next();
            List<String> row;
            while ((row = p.next()) != null) {
                errors.add(row);
            }
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        r.ledger().files().forEach((f, c) -> counts.put(f, new long[] {c.read(), c.evaluated(), c.errors()}));
        return new Reference(findings, errors, counts, receipts(emplaw, data, receiptsFor));
    }

    /** {@code employee_id/pay_period_id} of each successful evaluation to its receipt, through the batch API. */
    private static Map<String, Receipt> receipts(Emplaw emplaw, Path data, java.util.function.Predicate<String> receiptsFor) {
        Map<String, Receipt> out = new HashMap<>();
        Ledger ledger = new Ledger(e -> { });
        try (RowSource employees = RowSource.open(data, InputSchema.EMPLOYEES);
             RowSource positions = RowSource.open(data, InputSchema.POSITIONS);
             RowSource time = RowSource.open(data, InputSchema.TIME);
             RowSource pay = RowSource.open(data, InputSchema.PAY)) {
            Map<String, Position> pos = new HashMap<>();
            Map<String, String> posErrors = new HashMap<>();
            PayrollJoin.readPositions(positions, pos, posErrors, ledger);
            PayrollJoin join = new PayrollJoin(employees, time, pay, pos, posErrors, Places.bundled(), null, Map.of(), ledger);
            java.util.Deque<PayrollJoin.Unit> inFlight = new java.util.ArrayDeque<>();
            var units = new java.util.Iterator<BatchInput>() {
                private PayrollJoin.Unit next;

                @Override
                public boolean hasNext() {
                    while (next == null && join.hasNext()) {
                        PayrollJoin.Unit u = join.next();
                        if (receiptsFor.test(u.employeeId())) {
                            next = u;
                        }
                    }
                    return next != null;
                }

                @Override
                public BatchInput next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    PayrollJoin.Unit u = next;
                    next = null;
                    inFlight.add(u);
                    return u.input();
                }
            };
            emplaw.evaluateAll(units).forEachRemaining((BatchResult b) -> {
                PayrollJoin.Unit u = inFlight.poll();
                if (b.ok()) {
                    out.put(u.employeeId() + "/" + u.periodId(), b.result().receipt());
                }
            });
        }
        return out;
    }
}
