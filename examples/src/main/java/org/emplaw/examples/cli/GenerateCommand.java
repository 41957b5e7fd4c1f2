package org.emplaw.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.emplaw.core.Emplaw;
import org.emplaw.examples.sample.CompanyGenerator;
import org.emplaw.examples.sample.ExamGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emplaw generate}: a seeded synthetic company (and exam) with planted violations. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a seeded synthetic California company (employees, positions, time and pay CSV files, 26 biweekly pay "
                + "periods of 2025) with violations planted at known rates, and expected.yaml with the planted counts. "
                + "Streams to disk: a million employees are 26 million pay periods.",
                "With --exam: a Los Angeles civil-service exam sample instead (exam.yaml and candidates.csv)."},
        footer = ExitCodes.HELP)
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--employees", paramLabel = "N", defaultValue = "2000", description = "Employees (default: ${DEFAULT-VALUE}).")
    int employees;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Option(names = "--exam", description = "Generate the LA exam sample instead.")
    boolean exam;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "3000", description = "Exam candidates (default: ${DEFAULT-VALUE}).")
    int candidates;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (exam) {
            ExamGenerator.Counts c = ExamGenerator.generate(candidates, seed, out);
            o.printf("Wrote %s: exam.yaml and %,d candidates (%,d open competitive, %,d promotional; %,d veterans)%n",
                    out.toAbsolutePath(), c.candidates(), c.open(), c.promotional(), c.veterans());
            o.flush();
            return ExitCodes.OK;
        }
        if (employees < 1) {
            spec.commandLine().getErr().println("emplaw generate: --employees must be at least 1");
            return ExitCodes.USAGE;
        }
        try (Emplaw emplaw = Emplaw.builder().discoverModules().build()) {
            CompanyGenerator.Counts c = new CompanyGenerator(emplaw.law(), CompanyGenerator.Rates.standard())
                    .generate(employees, seed, out);
            o.printf("Wrote %s: %,d employees, %,d pay periods, %,d workdays; planted %s%n", out.toAbsolutePath(), c.employees(),
                    c.payPeriods(), c.workdays(), c.planted());
        }
        o.flush();
        return ExitCodes.OK;
    }
}
