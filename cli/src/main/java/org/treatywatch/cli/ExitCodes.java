package org.treatywatch.cli;

/** The exit codes every command uses (STYLE.md, "Errors"). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some inputs failed while the rest went through. */
    public static final int SOME_FAILED = 1;
    /** Usage or bad input. */
    public static final int USAGE = 2;
    /** A bug in Treatywatch. */
    public static final int BUG = 3;

    private ExitCodes() {}
}
