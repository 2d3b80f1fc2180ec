package org.treatywatch.cli.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.treatywatch.cli.DateOption;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.Extraction;
import org.treatywatch.cli.StoreOption;
import org.treatywatch.cli.UsageException;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.input.DocumentMeta;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.input.DocumentStream;
import org.treatywatch.extract.input.InputException;
import org.treatywatch.extract.input.InputFormat;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoreLockedException;
import org.treatywatch.store.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code treatywatch ingest FILE|DIR|- ...}: reads documents (text, HTML, RSS/Atom, JSON Lines, as
 * {@link DocumentReader} does), extracts their claims (on every core) and stores both, a batch of
 * documents a transaction. Safe to interrupt and to rerun: documents already stored with the current extractor
 * are skipped without extraction (by content hash), so a rerun after a crash or kill -9 finishes
 * the job; see {@link Ingestor}.
 *
 * <p>A folder is walked recursively in name order, taking {@code .txt}, {@code .html},
 * {@code .htm}, {@code .xml}, {@code .rss}, {@code .atom}, {@code .jsonl} and {@code .ndjson}
 * files, but not gold or snapshot claim files ({@code *.gold.jsonl}, {@code *.expected.jsonl}) and
 * not hidden files. Progress goes to stderr, then a summary and every failure with its reason.
 * Exit code 0 when all went in, 1 when some failed, 2 for a usage error (e.g. a path that does not
 * exist).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Store documents and their claims (idempotent: the same text twice is one document).",
                "Inputs: files, folders (walked recursively) or - for standard input. An X.meta.json beside X.txt",
                "or X.html gives its title, url, outlet and published date; --url, --outlet, --title and",
                "--published fill in what a document does not say."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Documents to ingest.")
    List<String> inputs;

    @Option(names = {"--input-format", "--format"}, paramLabel = "FORMAT",
            description = "Read every input as text, html, feed or jsonl, in any case, as extract does (default: by extension and content).")
    String inputFormat;

    @Option(names = "--quiet", description = "No progress, only the summary.")
    boolean quiet;

    @Option(names = "--published", paramLabel = "DATE",
            description = "The publication date (YYYY-MM-DD) of documents that carry none; relative times resolve against it.")
    String published;

    @Option(names = "--url", paramLabel = "URL", description = "Where the document was published (one input only), for citing it.")
    String url;

    @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet that published the documents, e.g. Reuters.")
    String outlet;

    @Option(names = "--title", paramLabel = "TITLE", description = "The document's title (one input only).")
    String title;

    @Spec
    CommandSpec spec;

    private final Supplier<ClaimExtractor> extractors;

    /** The command with Treatywatch's standard extractor. */
    public IngestCommand() {
        this(Extraction::standard);
    }

    /** The command with another extractor (tests). */
    public IngestCommand(Supplier<ClaimExtractor> extractors) {
        this.extractors = extractors;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        boolean stdin = false;
        for (String input : inputs) {
            if (input.equals("-")) {
                stdin = true;
                continue;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                files.addAll(walk(p));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new UsageException(input + ": no such file or folder");
            }
        }
        DocumentMeta given = given(files.size() + (stdin ? 1 : 0));
        InputFormat format = org.treatywatch.cli.extract.ExtractCommand.parseInputFormat(inputFormat);
        Store s = store.openOrCreate(err);
        ExecutorService extraction = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "treatywatch-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Summary summary = new Summary(err, quiet, files.size() + (stdin ? 1 : 0));
            Batch batch = new Batch(new Ingestor(s, extractors.get()), extraction, summary);
            try {
                for (Path f : files) {
                    ingest(batch, () -> DocumentReader.standard().open(f, format), given, f.toString(), summary);
                }
                if (stdin) {
                    ingest(batch,
                            () -> DocumentReader.standard().open(System.in, "<stdin>", format), given, "<stdin>", summary);
                }
            } catch (StoreLockedException e) {
                summary.finish();
                err.println("treatywatch: ingest stopped: " + e.getMessage()
                        + "; what was stored is whole: run the same command again to finish");
                err.flush();
                return ExitCodes.SOME_FAILED;
            }
            summary.finish();
            return summary.failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } finally {
            extraction.shutdownNow();
            s.close();
        }
    }

    private interface Opener {
        DocumentStream open();
    }

    /** The command line's metadata: defaults for what the documents (and their X.meta.json) do not say. */
    private DocumentMeta given(int inputCount) {
        if ((url != null || title != null) && inputCount != 1) {
            throw new UsageException((url != null ? "--url" : "--title") + " names one document: give exactly one input, not " + inputCount);
        }
        if (url != null && !url.strip().matches("(?i)https?://\\S+")) {
            throw new UsageException("--url must be an http:// or https:// address, got '" + url + "'");
        }
        java.time.LocalDate date = published == null ? null : DateOption.parse("--published", published.strip());
        return new DocumentMeta(title, url, outlet, date);
    }

    /**
     * Documents go to the store in batches of at most {@value #BATCH_DOCUMENTS} documents or
     * {@value #BATCH_CHARS} characters, each batch extracted in parallel and stored in one
     * transaction ({@link Ingestor#ingestAll}): a commit per document cost most of a bulk ingest.
     * A batch is whole after a crash, as a document was, and a rerun finishes it.
     */
    static final int BATCH_DOCUMENTS = 64;
    static final int BATCH_CHARS = 4 << 20;

    /** The documents read and not yet stored, and the threads that extract them. */
    private static final class Batch {
        private final Ingestor ingestor;
        private final Executor extraction;
        private final Summary summary;
        private final List<Document> documents = new ArrayList<>();
        private long chars;

        Batch(Ingestor ingestor, Executor extraction, Summary summary) {
            this.ingestor = ingestor;
            this.extraction = extraction;
            this.summary = summary;
        }

        void add(Document d) {
            documents.add(d);
            chars += d.text().length();
            if (documents.size() >= BATCH_DOCUMENTS || chars >= BATCH_CHARS) {
                flush();
            }
        }

        /** Stores what was read; a {@link StoreLockedException} stops the run. */
        void flush() {
            if (documents.isEmpty()) {
                return;
            }
            for (Ingestor.Result r : ingestor.ingestAll(List.copyOf(documents), extraction)) {
                if (r.failure() == null) {
                    summary.done(r.outcome());
                } else {
                    summary.failed(r.document().id(), r.failure().getMessage());
                }
            }
            documents.clear();
            chars = 0;
        }
    }

    private static void ingest(Batch batch, Opener opener, DocumentMeta given, String name, Summary summary) {
        DocumentStream stream;
        try {
            stream = opener.open();
        } catch (InputException e) {
            summary.failed(name, e.getMessage());
            summary.inputDone();
            return;
        }
        stream.forEach(doc -> batch.add(given.under(doc)), problem -> summary.failed(problem.source(), problem.getMessage()));
        batch.flush();
        summary.inputDone();
    }

    /** The files of a folder that ingest takes, in name order. */
    static List<Path> walk(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> takes(p.getFileName().toString()))
                    .filter(p -> !hidden(dir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UsageException(dir + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean takes(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gold.jsonl") || n.endsWith(".expected.jsonl")) {
            return false;
        }
        return InputFormat.byExtension(n) != null;
    }

    /** Counts, progress and the failures, all on stderr. */
    static final class Summary {
        private final PrintWriter err;
        private final boolean quiet;
        private final int inputs;
        private final long startedNanos = System.nanoTime();
        private int inputsDone;
        long added;
        long unchanged;
        long reextracted;
        long claims;
        final List<String> failures = new ArrayList<>();
        private long lastShownMillis = System.currentTimeMillis();

        Summary(PrintWriter err, boolean quiet, int inputs) {
            this.err = err;
            this.quiet = quiet;
            this.inputs = inputs;
        }

        void done(Ingestor.Outcome o) {
            switch (o.status()) {
                case NEW -> added++;
                case UNCHANGED -> unchanged++;
                case REEXTRACTED -> reextracted++;
            }
            claims += o.claims();
            maybeShow();
        }

        void failed(String source, String reason) {
            String line = reason.startsWith(source) ? reason : source + ": " + reason;
            failures.add(line);
            maybeShow();
        }

        void inputDone() {
            inputsDone++;
            maybeShow();
        }

        private long documents() {
            return added + unchanged + reextracted + failures.size();
        }

        private void maybeShow() {
            long now = System.currentTimeMillis();
            if (quiet || now - lastShownMillis < 1000) {
                return;
            }
            lastShownMillis = now;
            err.printf("ingest: %d/%d inputs, %d documents (%d new, %d unchanged, %d failed), %d claims%n",
                    inputsDone, inputs, documents(), added, unchanged, failures.size(), claims);
            err.flush();
        }

        void finish() {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            err.printf("ingest: %d documents in %.1f s: %d new, %d unchanged, %d re-extracted, %d failed; %d claims stored%n",
                    documents(), seconds, added, unchanged, reextracted, failures.size(), claims);
            if (!failures.isEmpty()) {
                err.println("ingest: failed:");
                failures.forEach(f -> err.println("  " + f));
            }
            err.flush();
        }
    }
}
