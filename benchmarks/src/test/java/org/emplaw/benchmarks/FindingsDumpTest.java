package org.emplaw.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The equivalence dump is deterministic: two dumps of the same build are identical, line for line. */
class FindingsDumpTest {
    @TempDir
    Path dir;

    @Test
    void twoDumpsOfTheSameBuildAreIdenticalAndHoldEveryEvaluationsFindingsAndTrace() throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        long[] seeds = {7};
        int[] employees = {6};
        long n = FindingsDump.write(a, Map.of(), seeds, employees);
        assertThat(FindingsDump.write(b, Map.of(), seeds, employees)).isEqualTo(n);
        // six employees' pay periods (26 each) and their six employee-years
        assertThat(n).isEqualTo(6 * 26 + 6);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
        List<String> first = Files.readAllLines(a).subList(0, 1);
        assertThat(first.get(0)).contains("\"rule_id\":\"ca.wage.minimum-wage.pay-period\"").contains("\"sequence\":1");
    }
}
