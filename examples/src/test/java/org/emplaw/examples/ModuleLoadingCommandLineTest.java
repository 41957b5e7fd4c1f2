package org.emplaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.emplaw.examples.cli.EmplawCommand;
import org.emplaw.examples.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken rule module given to {@code emplaw audit --module-dir} (a DRL that does not compile, a
 * missing parameter file, a module id used twice) stops the command before any input is read, with a
 * one-line error naming the module and the file (and the line, for DRL) and exit code 5, never a stack
 * trace or a failure at evaluation.
 */
class ModuleLoadingCommandLineTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EmplawCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path copyTemplate(Path to) throws IOException {
        Path from = TestPaths.template();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }

    static Path data(Path dir) throws IOException {
        Path d = Files.createDirectories(dir.resolve("data"));
        Files.writeString(d.resolve("employees.csv"), "employee_id,state,pay_basis,classification\nE1,CA,hourly,non_exempt\n");
        return d;
    }

    static Run audit(Path dir, Path... modules) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("audit", "--data", data(dir).toString(), "--out",
                dir.resolve("out").toString(), "--quiet"));
        for (Path m : modules) {
            args.add("--module-dir");
            args.add(m.toString());
        }
        return run(args.toArray(String[]::new));
    }

    static void assertLawNotLoaded(Run r, String... mentions) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.LAW_NOT_LOADED);
        assertThat(r.err()).startsWith("emplaw: the law could not be loaded: ").contains(mentions);
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ", "Exception", "NullPointer");
        assertThat(r.out()).doesNotContain("Input records:");
    }

    @Test
    void aDrlThatDoesNotCompileNamesTheModuleTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Path m = copyTemplate(dir.resolve("broken-drl"));
        Path drl = m.resolve("bmc-13_99-minimum-wage.drl");
        Files.writeString(drl, Files.readString(drl).replace("$e : Employee( payBasis == PayBasis.HOURLY )",
                "$e : Employee( payBasis == PayBasis.HOURLY, noSuchField > 1 )"));
        Run r = audit(dir, m);
        assertLawNotLoaded(r, "us-ca-berkeley-min-wage", "bmc-13_99-minimum-wage.drl");
        assertThat(r.err()).containsPattern("bmc-13_99-minimum-wage\\.drl:\\d+");
    }

    @Test
    void aMissingParameterFileIsNamed(@TempDir Path dir) throws IOException {
        Path m = copyTemplate(dir.resolve("no-params"));
        Files.delete(m.resolve("params/berkeley-minimum-wage.yaml"));
        assertLawNotLoaded(audit(dir, m), "us-ca-berkeley-min-wage", "params/berkeley-minimum-wage.yaml");
    }

    @Test
    void aModuleIdUsedTwiceIsRejectedNamingBothFolders(@TempDir Path dir) throws IOException {
        Path a = copyTemplate(dir.resolve("first"));
        Path b = copyTemplate(dir.resolve("second"));
        assertLawNotLoaded(audit(dir, a, b), "us-ca-berkeley-min-wage", "duplicate module id", "first", "second");
        Path shipped = copyTemplate(dir.resolve("shadow"));
        Files.writeString(shipped.resolve("module.yaml"), Files.readString(shipped.resolve("module.yaml"))
                .replace("id: us-ca-berkeley-min-wage", "id: us-ca-wage"));
        assertLawNotLoaded(audit(dir, shipped), "us-ca-wage", "duplicate module id");
    }

    @Test
    void aBrokenParameterTableAndAMissingFolderAreClearToo(@TempDir Path dir) throws IOException {
        Path m = copyTemplate(dir.resolve("bad-table"));
        Path table = m.resolve("params/berkeley-minimum-wage.yaml");
        Files.writeString(table, Files.readString(table).replaceFirst("effective_from: 2025-07-01", "effective_from: 2025-07-32"));
        assertLawNotLoaded(audit(dir, m), "berkeley-minimum-wage.yaml");
        Path overlay = dir.resolve("latin1-overlay.yaml");
        Files.write(overlay, new byte[] {'p', ':', ' ', (byte) 0xE9, (byte) 0xFF, '\n'});
        Run bad = run("audit", "--data", data(dir).toString(), "--out", dir.resolve("out2").toString(), "--overlay", overlay.toString());
        assertThat(bad.code()).as(bad.out() + bad.err()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(bad.err()).contains("latin1-overlay.yaml", "not UTF-8").doesNotContain("\tat ");
        Run none = audit(dir, dir.resolve("no-such-module"));
        assertThat(none.code()).as(none.out() + none.err()).isIn(ExitCodes.LAW_NOT_LOADED, ExitCodes.USAGE);
        assertThat(none.err()).contains("no-such-module").doesNotContain("\tat ");
    }
}
