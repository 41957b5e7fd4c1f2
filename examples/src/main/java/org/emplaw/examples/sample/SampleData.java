package org.emplaw.examples.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The bundled samples (in the jar), copied out to a folder so they can be read, edited and audited. */
public final class SampleData {
    public static final List<String> PAYROLL = List.of("employees.csv", "positions.csv", "time.csv", "pay.csv", "expected.yaml");
    public static final List<String> EXAM = List.of("exam.yaml", "candidates.csv", "exam-promotional.yaml", "candidates-promotional.csv", "example-city-configuration.yaml");

    private SampleData() {
    }

    /** Copies the payroll sample into {@code dir}. */
    public static Path payroll(Path dir) throws IOException {
        return copy("/org/emplaw/examples/sample/payroll/", PAYROLL, dir);
    }

    /** Copies the exam sample into {@code dir}. */
    public static Path exam(Path dir) throws IOException {
        return copy("/org/emplaw/examples/sample/exam/", EXAM, dir);
    }

    private static Path copy(String base, List<String> names, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String n : names) {
            try (InputStream in = SampleData.class.getResourceAsStream(base + n)) {
                if (in == null) {
                    throw new IOException("the bundled sample " + base + n + " is missing from the jar (run emplaw generate to make one)");
                }
                Files.copy(in, dir.resolve(n), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }
}
