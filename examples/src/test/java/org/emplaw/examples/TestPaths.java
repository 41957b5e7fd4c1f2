package org.emplaw.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the examples module's files, from the module's own folder (where Maven runs tests). */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path template() {
        Path p = Path.of("module-template");
        if (!Files.isDirectory(p)) {
            p = Path.of("examples", "module-template");
        }
        return p;
    }
}
