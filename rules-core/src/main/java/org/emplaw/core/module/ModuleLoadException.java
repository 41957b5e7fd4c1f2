package org.emplaw.core.module;

/** A rule module that cannot be loaded: names the module and the file (and line, for DRL errors). */
public final class ModuleLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModuleLoadException(String module, String file, String problem) {
        super("rule module " + module + (file == null ? "" : ", " + file) + ": " + problem);
    }

    public ModuleLoadException(String module, String file, String problem, Throwable cause) {
        super("rule module " + module + (file == null ? "" : ", " + file) + ": " + problem, cause);
    }
}
