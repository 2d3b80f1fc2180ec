package org.treatywatch.cli;

import picocli.CommandLine;

/**
 * Entry point of {@code ./treatywatch}. Exit codes (STYLE.md): 0 ok, 1 some inputs failed while the
 * rest went through, 2 usage or bad input, 3 a bug. Stack traces only with {@code --debug}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return TreatywatchCommand.commandLine().execute(args);
    }
}
