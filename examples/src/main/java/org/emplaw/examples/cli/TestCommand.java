package org.emplaw.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.emplaw.core.Emplaw;
import org.emplaw.core.cases.CaseResult;
import org.emplaw.core.cases.CaseRunner;
import org.emplaw.core.ModuleInfo;
import org.emplaw.core.module.RuleModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emplaw test}: runs YAML case files and prints {@code N passed, N failed}. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs YAML case files against the loaded modules and prints 'N passed, N failed'.",
                "With no FILE: the cases of the --module-dir modules if any are given, else every loaded module's own cases."},
        footer = ExitCodes.HELP)
public final class TestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Case files (*.cases.yaml).")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Print every case, not only the failures.")
    boolean verbose;

    @Mixin
    LawOptions law;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        List<RuleModule> modules = new ArrayList<>();
        List<RuleModule> targets = new ArrayList<>();
        try (Emplaw emplaw = law.build()) {
            for (ModuleInfo m : emplaw.modules()) {
                modules.add(m.module());
                boolean fromFolder = law.moduleDirs.stream().anyMatch(d -> m.module().location().equals(d.toAbsolutePath().normalize().toString()));
                if (law.moduleDirs.isEmpty() || fromFolder) {
                    targets.add(m.module());
                }
            }
        }
        List<CaseResult> results = new ArrayList<>();
        try (CaseRunner runner = new CaseRunner(modules)) {
            if (!files.isEmpty()) {
                for (Path f : files) {
                    results.addAll(runner.run(Files.readString(f), f.toString()));
                }
            } else {
                for (RuleModule m : targets) {
                    results.addAll(runner.runModule(m));
                }
            }
        }
        long passed = 0;
        for (CaseResult r : results) {
            if (r.passed()) {
                passed++;
                if (verbose) {
                    o.println("PASS " + r.testCase().name() + "  (" + r.testCase().file() + ")");
                }
            } else {
                o.println("FAIL " + r.report());
            }
        }
        long failed = results.size() - passed;
        o.println(passed + " passed, " + failed + " failed");
        o.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
