package org.emplaw.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.emplaw.core.Emplaw;
import org.emplaw.core.law.ParameterReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emplaw params}: the parameter tables, their dated values, coverage and citations. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = {"Lists every parameter table of the loaded modules (and overlays): its dated values with citations and "
                + "status, the dates it covers, how far its values are known and when they were checked.",
                "With --as-of: the value each table gives on that date, or why it gives none (unverified, not yet known, "
                        + "before coverage)."},
        footer = ExitCodes.HELP)
public final class ParamsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Show what applies on this date.")
    LocalDate asOf;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only tables whose name contains TEXT.")
    String name;

    @Mixin
    LawOptions law;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        try (Emplaw emplaw = law.build()) {
            String text = ParameterReport.text(emplaw.law(), asOf);
            o.print(filter(text, name));
            List<ParameterReport.Coverage> cov = ParameterReport.coverage(emplaw.law());
            long unverified = cov.stream().filter(c -> c.unverifiedRows() > 0).count();
            o.printf("%d tables from %d modules; %d with unverified rows that must be supplied (--overlay)%n", cov.size(),
                    emplaw.modules().size(), unverified);
        }
        o.flush();
        return ExitCodes.OK;
    }

    /** Keeps the blocks (a table's line and its indented lines) whose table name contains {@code name}. */
    static String filter(String text, String name) {
        if (name == null || name.isBlank()) {
            return text;
        }
        List<String> out = new ArrayList<>();
        boolean keep = false;
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith(" ") && !line.isEmpty()) {
                keep = line.split(" ", 2)[0].contains(name);
            }
            if (keep && !line.isEmpty()) {
                out.add(line);
            }
        }
        return out.isEmpty() ? "" : String.join("\n", out) + "\n";
    }
}
