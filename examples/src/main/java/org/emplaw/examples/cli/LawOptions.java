package org.emplaw.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.Emplaw;
import org.emplaw.core.law.ParameterOverlay;
import picocli.CommandLine.Option;

/** Options shared by the commands that evaluate: which modules, overlays, options and threads. */
public final class LawOptions {
    @Option(names = "--module-dir", paramLabel = "DIR",
            description = "Also load a rule module from this folder (authoring mode: its DRL is compiled now), beside the shipped modules. Repeatable.")
    List<Path> moduleDirs = new ArrayList<>();

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "Parameter values to supply or override (parameter-table YAML; rows are 'supplied'). Repeatable.")
    List<Path> overlays = new ArrayList<>();

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "A documented interpretive option of a module, passed to every evaluation. Repeatable.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--threads", paramLabel = "N", description = "Evaluation threads (default: all processors).")
    int threads;

    @Option(names = "--requests-per-session", paramLabel = "N",
            description = "At most N requests about different employees share one rule session in a batch, with the findings of evaluating each alone (default: ${DEFAULT-VALUE}; 1 evaluates each alone).")
    int requestsPerSession = Emplaw.DEFAULT_REQUESTS_PER_SESSION;

    Emplaw build() throws IOException {
        Emplaw.Builder b = Emplaw.builder().discoverModules();
        for (Path d : moduleDirs) {
            b.moduleFolder(d);
        }
        for (Path o : overlays) {
            String text;
            try {
                text = Files.readString(o);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new org.emplaw.core.io.InputException(o.toString(), null, "is not UTF-8 text (save the overlay as UTF-8)");
            }
            b.overlay(ParameterOverlay.fromYaml(text, o.toString()));
        }
        if (threads > 0) {
            b.threads(threads);
        }
        b.requestsPerSession(requestsPerSession);
        return b.build();
    }
}
