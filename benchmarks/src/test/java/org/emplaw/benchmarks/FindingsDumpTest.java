package org.emplaw.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        long n = FindingsDump.write(a, Map.of(), seeds, employees, 0).lines();
        assertThat(FindingsDump.write(b, Map.of(), seeds, employees, 0).lines()).isEqualTo(n);
        // six employees' pay periods (26 each) and their six employee-years
        assertThat(n).isEqualTo(6 * 26 + 6);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
        List<String> first = Files.readAllLines(a).subList(0, 1);
        assertThat(first.get(0)).contains("\"rule_id\":\"ca.wage.minimum-wage.pay-period\"").contains("\"sequence\":1");
    }

    /**
     * Requests about different employees sharing batch sessions ({@code Emplaw.Builder.requestsPerSession}) get every
     * finding and the trace of evaluating each alone: a generated company's pay periods and employee-years, with and
     * without the option that widens the exemption tests. (The performance rounds compare the four companies of
     * {@link FindingsDump#main} the same way.)
     */
    @ParameterizedTest(name = "{0} requests per session, options {1}")
    @CsvSource({"8,", "8,ca.exemptions.evaluate-all=true", "64,"})
    void requestsSharingSessionsGetTheFindingsAndTraceOfEachAlone(int perSession, String option) throws Exception {
        Map<String, String> options = option == null ? Map.of() : Map.of(option.split("=")[0], option.split("=")[1]);
        Path alone = dir.resolve("alone.jsonl");
        Path shared = dir.resolve("shared.jsonl");
        long[] seeds = {42};
        int[] employees = {24};
        long n = FindingsDump.write(alone, options, seeds, employees, 0).lines();
        FindingsDump.Dump d = FindingsDump.write(shared, options, seeds, employees, perSession);
        assertThat(d.lines()).isEqualTo(n);
        assertThat(Files.mismatch(alone, shared)).isEqualTo(-1L);
        // most requests shared a session (a chunk of 256 pay periods holds about ten employees'), none was redone
        assertThat(d.sharing().requestsShared()).isGreaterThan(n * 3 / 4);
        assertThat(d.sharing().sessionsRedone()).isZero();
    }
}
