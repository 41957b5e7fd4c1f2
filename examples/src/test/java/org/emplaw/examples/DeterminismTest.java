package org.emplaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.emplaw.core.BatchInput;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.Receipt;
import org.emplaw.core.facts.Position;
import org.emplaw.core.io.Json;
import org.emplaw.examples.audit.AuditRun;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.audit.PayrollJoin;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.audit.RowSource;
import org.emplaw.examples.sample.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical findings files and receipts across runs, thread counts and
 * chunk sizes: the bundled sample audited with 1 thread in chunks of 256 and with 4 threads in chunks
 * of 7 writes the same bytes to findings.csv, findings.jsonl, errors.csv, summary.json and report.html
 * (nothing in them reads the clock), and every pay period's receipt (input hash, findings hash, module
 * content hashes) is the same.
 */
class DeterminismTest {
    static final List<String> FILES = List.of("findings.csv", "findings.jsonl", "errors.csv", "summary.json", "report.html");

    static AuditRun.Result audit(Path data, Path out, int threads, int chunk) throws Exception {
        try (Emplaw emplaw = Emplaw.builder().discoverModules().threads(threads).chunkSize(chunk).build()) {
            return AuditRun.run(emplaw, new AuditRun.Config(data, out, null, Map.of(), Places.bundled(), false, 20, "determinism"),
                    new PrintStream(java.io.OutputStream.nullOutputStream()));
        }
    }

    @Test
    void theSampleAuditWritesTheSameBytesWithOneThreadAndWithFour(@TempDir Path dir) throws Exception {
        Path data = SampleData.payroll(dir.resolve("in"));
        AuditRun.Result one = audit(data, dir.resolve("t1"), 1, 256);
        AuditRun.Result four = audit(data, dir.resolve("t4"), 4, 7);
        assertThat(one.totals().evaluations).isEqualTo(3900);
        assertThat(one.totals().findings).isPositive();
        for (String f : FILES) {
            byte[] a = Files.readAllBytes(dir.resolve("t1").resolve(f));
            byte[] b = Files.readAllBytes(dir.resolve("t4").resolve(f));
            assertThat(b).as("%s: 4 threads x chunks of 7 against 1 thread x chunks of 256", f).isEqualTo(a);
        }
        System.out.println("[issue 9] determinism: sample audited with 1 and 4 threads: " + one.totals().evaluations
                + " evaluations, " + one.totals().findings + " findings, " + FILES.size() + " files byte-identical ("
                + Files.size(dir.resolve("t1/findings.jsonl")) + " bytes of findings.jsonl)");
    }

    static List<String> receipts(Path data, int threads, int chunk, int limit) throws Exception {
        Ledger ledger = new Ledger(e -> {
        });
        List<String> out = new ArrayList<>();
        try (Emplaw emplaw = Emplaw.builder().discoverModules().threads(threads).chunkSize(chunk).build();
             RowSource employees = RowSource.open(data, InputSchema.EMPLOYEES);
             RowSource positions = RowSource.open(data, InputSchema.POSITIONS);
             RowSource time = RowSource.open(data, InputSchema.TIME);
             RowSource pay = RowSource.open(data, InputSchema.PAY)) {
            Map<String, Position> pos = new HashMap<>();
            Map<String, String> posErrors = new HashMap<>();
            PayrollJoin.readPositions(positions, pos, posErrors, ledger);
            PayrollJoin join = new PayrollJoin(employees, time, pay, pos, posErrors, Places.bundled(), null, Map.of(), ledger);
            List<BatchInput> inputs = new ArrayList<>();
            while (join.hasNext() && inputs.size() < limit) {
                inputs.add(join.next().input());
            }
            Iterator<BatchResult> rs = emplaw.evaluateAll(inputs.iterator());
            while (rs.hasNext()) {
                BatchResult r = rs.next();
                assertThat(r.ok()).as(r.error()).isTrue();
                Receipt receipt = r.result().receipt();
                out.add(r.record() + " " + Json.write(receipt));
            }
        }
        return out;
    }

    @Test
    void everyPayPeriodHasTheSameReceiptWithOneThreadAndWithFour(@TempDir Path dir) throws Exception {
        Path data = SampleData.payroll(dir.resolve("in"));
        List<String> one = receipts(data, 1, 64, 400);
        List<String> four = receipts(data, 4, 3, 400);
        assertThat(one).hasSize(400).doesNotHaveDuplicates();
        assertThat(four).containsExactlyElementsOf(one);
        assertThat(one.get(0)).contains("input_hash", "findings_hash", "us-ca-wage");
    }
}
