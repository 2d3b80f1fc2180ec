package org.treatywatch.cli;

import java.io.PrintWriter;
import org.treatywatch.cli.batch.BatchCommand;
import org.treatywatch.cli.batch.ImportCommand;
import org.treatywatch.cli.eval.EvalCommand;
import org.treatywatch.cli.export.ExportCommand;
import org.treatywatch.cli.extract.ExtractCommand;
import org.treatywatch.cli.user.UserCommand;
import org.treatywatch.cli.ingest.IngestCommand;
import org.treatywatch.cli.notices.NoticesCommand;
import org.treatywatch.cli.serve.ServeCommand;
import org.treatywatch.cli.status.PartiesCommand;
import org.treatywatch.cli.status.StatusCommand;
import org.treatywatch.cli.status.TimelineCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code treatywatch} command; each capability adds its subcommands here. */
@Command(
        name = "treatywatch",
        mixinStandardHelpOptions = true,
        versionProvider = TreatywatchCommand.Version.class,
        description = {
            "Where each state stands with the Mine Ban Treaty (APMBC) and the Convention on",
            "Cluster Munitions (CCM), and what its officials say, traced to the sentence",
            "and its source."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            StatusCommand.class,
            TimelineCommand.class,
            PartiesCommand.class,
            ServeCommand.class,
            IngestCommand.class,
            ExportCommand.class,
            UserCommand.class,
            ImportCommand.class,
            NoticesCommand.class,
            BatchCommand.class,
        })
public final class TreatywatchCommand implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of unexpected errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line, with Treatywatch's error handling and exit codes. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The command line with subcommands built by {@code factory} (tests give commands their test doubles). */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new TreatywatchCommand(), factory);
        cl.setExitCodeExceptionMapper(e -> e instanceof UsageException ? ExitCodes.USAGE
                : e instanceof OutputException ? ExitCodes.SOME_FAILED : ExitCodes.BUG);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("treatywatch: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            if (ex instanceof UsageException || ex instanceof OutputException) {
                err.println("treatywatch: " + ex.getMessage());
                if (debug) {
                    ex.printStackTrace(err);
                }
                return ex instanceof UsageException ? ExitCodes.USAGE : ExitCodes.SOME_FAILED;
            }
            err.println("treatywatch: internal error: " + ex + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            return ExitCodes.BUG;
        });
        return cl;
    }

    /** "treatywatch 0.1.0-SNAPSHOT" and the extraction rules' version, which says which claims a run finds. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties p = new java.util.Properties();
            try (var in = TreatywatchCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "treatywatch " + p.getProperty("version", "(version unknown)"),
                "extraction rules " + Extraction.standard().version()
            };
        }
    }
}
