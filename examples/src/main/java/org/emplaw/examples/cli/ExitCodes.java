package org.emplaw.examples.cli;

/**
 * The exit codes of {@code emplaw}, for scripts:
 * <ul>
 * <li>0: done; every input record was evaluated (findings may include violations)</li>
 * <li>1: unexpected failure (a bug; the message and stack trace are printed)</li>
 * <li>2: usage error (unknown option, missing file or folder)</li>
 * <li>3: done, but some input records were rejected as errors (listed in errors.csv; the rest was evaluated),
 *        or an input file cannot be read at all (bad header)</li>
 * <li>4: a check failed: {@code test} cases failed, {@code audit --expect} counts differ, or
 *        {@code audit --fail-on-violation} found violations</li>
 * <li>5: the law could not be loaded (a rule module or parameter table has an error)</li>
 * </ul>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INPUT_ERRORS = 3;
    public static final int CHECK_FAILED = 4;
    public static final int LAW_NOT_LOADED = 5;

    public static final String HELP = "%nExit codes: 0 done, every record evaluated; 1 unexpected failure; 2 usage error; "
            + "3 some input records rejected (see errors.csv) or an input file unreadable; 4 a check failed (test cases, "
            + "--expect, --fail-on-violation); 5 a rule module or parameter table could not be loaded.";

    private ExitCodes() {
    }
}
