package org.emplaw.examples.cli;

import java.io.PrintWriter;
import org.emplaw.core.Emplaw;
import org.emplaw.core.io.InputException;
import org.emplaw.core.law.ParameterTableException;
import org.emplaw.core.module.ModuleLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code emplaw}: the auditor's command-line tool. An application, so it prints to the console. */
@Command(name = "emplaw", mixinStandardHelpOptions = true, versionProvider = EmplawCommand.Version.class,
        description = "Employment law as code: audit payroll, score civil-service exams, explain findings, run cases, list the law.",
        subcommands = {AuditCommand.class, ExamCommand.class, ExplainCommand.class, TestCommand.class, ParamsCommand.class,
                GenerateCommand.class, CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP)
public final class EmplawCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The library version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"emplaw " + Emplaw.version()};
        }
    }

    /** A command line ready to run, with emplaw's error handling (exit codes in {@link ExitCodes}). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new EmplawCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            Throwable t = ex;
            while (t.getCause() != null && !(t instanceof InputException) && !(t instanceof ModuleLoadException)
                    && !(t instanceof ParameterTableException) && !(t instanceof java.nio.file.NoSuchFileException)) {
                t = t.getCause();
            }
            if (t instanceof ModuleLoadException || t instanceof ParameterTableException) {
                line.getErr().println("emplaw: the law could not be loaded: " + t.getMessage());
                return ExitCodes.LAW_NOT_LOADED;
            }
            if (t instanceof InputException) {
                line.getErr().println("emplaw: input error: " + t.getMessage());
                return ExitCodes.INPUT_ERRORS;
            }
            if (t instanceof java.nio.file.NoSuchFileException) {
                line.getErr().println("emplaw: no such file: " + t.getMessage());
                return ExitCodes.USAGE;
            }
            line.getErr().println("emplaw: unexpected failure: " + ex);
            ex.printStackTrace(line.getErr());
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    /** Runs the tool; returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
