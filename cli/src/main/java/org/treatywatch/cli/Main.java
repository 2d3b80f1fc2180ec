package org.treatywatch.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

    /**
     * Runs the command line with stdout through {@link StandardOutput} and returns its exit code;
     * a write error on stdout that the command did not report itself is reported here, exit 1
     * (except a broken pipe, the reader having gone away on purpose as {@code head} does, which
     * gets no message).
     */
    public static int run(String... args) {
        return run(StandardOutput.get(), args);
    }

    /** As {@link #run(String...)}, with standard output going to {@code stdout} (tests capture it so). */
    public static int run(OutputStream stdout, String... args) {
        CommandLine cl = TreatywatchCommand.commandLine();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        cl.setOut(out);
        int exit = cl.execute(args);
        out.flush();
        String failure = stdout instanceof StandardOutput s ? s.unreported() : out.checkError() ? "write error" : null;
        if (failure == null) {
            return exit;
        }
        if (!failure.contains("Broken pipe")) {
            cl.getErr().println("treatywatch: cannot write to standard output: " + failure);
            cl.getErr().flush();
        }
        return exit == ExitCodes.OK ? ExitCodes.SOME_FAILED : exit;
    }
}
