package org.emplaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationResult;
import org.emplaw.examples.embed.HrisEmbeddingExample;
import org.junit.jupiter.api.Test;

/** The HRIS embedding example runs and prints findings with their citations. */
class EmbeddingExampleTest {
    @Test
    void the_example_prints_findings_with_citations() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            HrisEmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("employee E-1001 pay period 2025-07-06/2025-07-12 (as of 2025-07-12)", "receipt: input ");
        try (Emplaw emplaw = Emplaw.builder().discoverModules().build()) {
            EvaluationResult r = new HrisEmbeddingExample(emplaw).checkPayRun(HrisEmbeddingExampleAccess.employee(),
                    HrisEmbeddingExampleAccess.period());
            r.findings().forEach(f -> assertThat(out).contains("[" + f.outcome() + "] " + f.question(), "law: " + String.join("; ", f.citations())));
        }
    }
}
