package org.emplaw.core.law;

/** A parameter table that cannot be loaded: names the file (or module) and the parameter. */
public final class ParameterTableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParameterTableException(String origin, String parameter, String problem) {
        super(origin + (parameter == null ? "" : ": parameter " + parameter) + ": " + problem);
    }
}
