package org.treatywatch.cli.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import org.treatywatch.cli.TreatywatchCommand;
import picocli.CommandLine;

/**
 * One run of the {@code treatywatch} command line inside the test JVM, as a user would type it:
 * its exit code and what it wrote to stdout and stderr.
 */
public record CliRun(int exit, String out, String err) {
    /** Runs {@code args} with the commands as shipped. */
    public static CliRun of(String... args) {
        return with(CommandLine.defaultFactory(), args);
    }

    /** Runs {@code args} with the commands {@code factory} makes (a test's stand-in extractor, its stdin). */
    public static CliRun with(CommandLine.IFactory factory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = TreatywatchCommand.commandLine(factory);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** A factory that makes {@code type} with {@code command} and every other command as shipped. */
    public static <C> CommandLine.IFactory replacing(Class<C> type, Supplier<? extends C> command) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> k) throws Exception {
                return k == type ? k.cast(command.get()) : CommandLine.defaultFactory().create(k);
            }
        };
    }
}
