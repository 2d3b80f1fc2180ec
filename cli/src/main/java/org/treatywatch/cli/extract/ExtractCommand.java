package org.treatywatch.cli.extract;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.treatywatch.cli.DateOption;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.Extraction;
import org.treatywatch.cli.OutputException;
import org.treatywatch.cli.UsageException;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.ExtractionException;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.input.DocumentStream;
import org.treatywatch.extract.input.InputException;
import org.treatywatch.extract.input.InputFormat;
import org.treatywatch.extract.input.Sizes;
import org.treatywatch.extract.json.ClaimJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatywatch extract}: claims (CODEBOOK.md) from text, HTML, feeds and JSON Lines, as JSON
 * Lines on stdout or a table for people. Inputs stream one document at a time, so memory stays
 * flat however many documents come in.
 *
 * <p>Errors follow STYLE.md: a bad input gets one line on stderr and the run carries on with the
 * rest, ending with exit 1; bad options end at once with exit 2. A document the extractor fails on
 * (a bug in a stage) is reported with its id and the stage and counted as a failed input (exit 1),
 * never passed off as a document without claims; evidence that is not its slice of the text is a
 * bug (exit 3). Stack traces only with {@code --debug}.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Extract claims (who says their state will make, buy, send or use anti-personnel mines, or join or leave the treaties) from news, as JSON Lines on stdout.",
            "",
            "Inputs: plain text, HTML pages (main text), RSS and Atom feeds (each item a",
            "document), JSON Lines of {\"id\", \"text\", \"title\"?, \"published\"?, \"url\"?}.",
            "The format comes from the extension, else from the content."
        },
        footer = {
            "",
            "Examples:",
            "  treatywatch extract --published 2025-06-02 article.txt",
            "  treatywatch extract --format table feeds/*.rss",
            "  curl -s https://example.org/page.html | treatywatch extract -",
            "",
            "Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 internal error."
        })
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { jsonl, table }

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Files to read; - reads standard input. The claims' doc is the path as given"
                    + " (for feed items and JSON lines: their id, else PATH#N).")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for documents that carry none; relative times"
                    + " such as \"next year\" resolve against it.")
    String published;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-doc-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "Largest document accepted, e.g. 5MB, 500KB (default: ${DEFAULT-VALUE})."
                    + " Larger ones are reported and skipped.")
    String maxDocSize;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as text, html, feed or jsonl instead of detecting it.")
    String inputFormat;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "Progress on stderr: auto (a bar on a terminal, else a line every 10 s, when"
                    + " there are several inputs), bar, lines, none.")
    String progressMode;

    @Option(names = "--syntax",
            description = "Also compute the syntactic layer (part of speech, lemma, dependency parse of the"
                    + " sentences that may hold a claim; CoreNLP, whose models take a few seconds to load). Slower; until rules"
                    + " read the layer, the claims are the same.")
    boolean syntax;

    @Spec
    CommandSpec spec;

    private final Supplier<ClaimExtractor> extractors;
    /** Standard input; tests replace it. */
    InputStream stdin = System.in;
    /** Where relative paths are read from; ids keep the path as given. Tests point it at the repository root. */
    Path workingDirectory = Path.of("");
    /** How often a plain progress line is written when stderr is not a terminal. */
    long progressIntervalMillis = 10_000;

    /** The command with Treatywatch's standard extractor. */
    public ExtractCommand() {
        this(StandardExtractor::get);
    }

    /** The command with another extractor (tests, experiments). */
    public ExtractCommand(Supplier<ClaimExtractor> extractors) {
        this.extractors = extractors;
    }

    @Override
    public Integer call() {
        LocalDate fallbackDate = DateOption.parse("--published", published);
        DocumentReader reader = DocumentReader.standard().withMaxDocumentBytes(parseSize(maxDocSize));
        InputFormat forced = parseInputFormat(inputFormat);
        Progress.Mode mode = parseProgress(progressMode);
        boolean debug = debugRequested();

        ClaimExtractor extractor = syntax ? Extraction.withSyntax() : extractors.get();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, mode, inputs.size(), progressIntervalMillis);
        ClaimTable table = format == Format.table ? new ClaimTable(out) : null;
        Run run = new Run(extractor, fallbackDate, out, table, progress, debug);

        for (String input : inputs) {
            boolean ok = run.input(reader, input, forced);
            progress.inputDone(ok);
            stopIfOutputFailed(out);
        }
        if (table != null) {
            table.finish();
        }
        stopIfOutputFailed(out);
        progress.finish();
        return run.bug ? ExitCodes.BUG : run.failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** The state of one run over all inputs. */
    private final class Run {
        private final ClaimExtractor extractor;
        private final LocalDate fallbackDate;
        private final PrintWriter out;
        private final ClaimTable table;
        private final Progress progress;
        private final boolean debug;
        boolean failed;
        boolean bug;
        private boolean inputFailed;

        Run(ClaimExtractor extractor, LocalDate fallbackDate, PrintWriter out, ClaimTable table, Progress progress,
                boolean debug) {
            this.extractor = extractor;
            this.fallbackDate = fallbackDate;
            this.out = out;
            this.table = table;
            this.progress = progress;
            this.debug = debug;
        }

        /** Reads one input; false when any part of it failed. */
        boolean input(DocumentReader reader, String input, InputFormat forced) {
            inputFailed = false;
            try {
                DocumentStream documents = input.equals("-")
                        ? reader.open(stdin, "<stdin>", forced)
                        : reader.open(workingDirectory.resolve(input), forced, input);
                documents.forEach(this::document, this::problem);
            } catch (InputException e) {
                problem(e);
            } catch (InvalidPathException e) {
                problem(new InputException(input, "is not a valid path: " + e.getReason()));
            } catch (UncheckedIOException e) {
                problem(new InputException(input, "cannot be read: " + e.getCause().getMessage()));
            }
            return !inputFailed;
        }

        private void problem(InputException e) {
            failed = true;
            inputFailed = true;
            progress.message("treatywatch: " + e.getMessage());
        }

        private void document(Document document) {
            Document dated = document.published() == null && fallbackDate != null
                    ? document.withPublished(fallbackDate) : document;
            List<Claim> claims;
            try {
                claims = extractor.extract(dated);
            } catch (RuntimeException | StackOverflowError e) {
                // A failed document, not one without claims: reported, counted, exit 1.
                ExtractionException failure = ExtractionException.of(document.id(), e);
                failed = true;
                inputFailed = true;
                progress.message("treatywatch: " + failure.getMessage() + (debug ? "" : " (run with --debug for details)"));
                if (debug) {
                    failure.printStackTrace(spec.commandLine().getErr());
                }
                return;
            }
            int written = 0;
            for (Claim claim : claims) {
                // The codebook's invariant, checked where it leaves the program: a claim whose
                // evidence is not its slice of the text is wrong whatever else it says.
                if (!claim.evidence().matches(dated.text())) {
                    bug = true;
                    inputFailed = true;
                    progress.message("treatywatch: " + document.id() + ": evidence " + claim.evidence().start() + ".."
                            + claim.evidence().end() + " does not match the text; the claim was dropped (a bug)");
                    continue;
                }
                if (table != null) {
                    table.add(claim);
                } else {
                    out.write(ClaimJson.toJson(claim));
                    out.write('\n');
                }
                written++;
            }
            if (written > 0 && table == null) {
                stopIfOutputFailed(out); // a full disk or a closed pipe ends the run at once
            }
            progress.document(written);
        }
    }

    /** Flushes stdout; when it cannot be written, the run stops with exit 1 (OutputException). */
    private static void stopIfOutputFailed(PrintWriter out) {
        if (out.checkError()) {
            throw OutputException.stdout();
        }
    }

    /** --debug is inherited: it may be given before or after the subcommand's name. */
    private boolean debugRequested() {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            if (s.commandLine().getParseResult() != null && s.commandLine().getParseResult().hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static long parseSize(String value) {
        try {
            return Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--max-doc-size: " + e.getMessage());
        }
    }

    /** {@code --input-format}'s value in any case (text, html, feed, jsonl), as extract and ingest take it; null stays null. */
    public static InputFormat parseInputFormat(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "text", "txt" -> InputFormat.TEXT;
            case "html" -> InputFormat.HTML;
            case "feed", "rss", "atom" -> InputFormat.FEED;
            case "jsonl", "ndjson" -> InputFormat.JSONL;
            default -> throw new UsageException("--input-format: \"" + value + "\" is not one of text, html, feed, jsonl");
        };
    }

    private static Progress.Mode parseProgress(String value) {
        try {
            return Progress.Mode.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--progress: \"" + value + "\" is not one of auto, bar, lines, none");
        }
    }
}
