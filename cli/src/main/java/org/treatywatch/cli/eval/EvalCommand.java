package org.treatywatch.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.Extraction;
import org.treatywatch.cli.UsageException;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;
import org.treatywatch.extract.eval.EvalCorpus;
import org.treatywatch.extract.eval.EvalDocument;
import org.treatywatch.extract.eval.EvalInputException;
import org.treatywatch.extract.eval.Evaluation;
import org.treatywatch.extract.eval.ScoreTable;
import org.treatywatch.extract.eval.Snapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code treatywatch eval DIR...}: runs the standard extractor on every {@code X.txt} in each DIR
 * that has an {@code X.gold.jsonl} beside it and prints key and strict precision, recall and F1 per claim
 * type and overall, in the layout and with the numbers of {@code ../shared/tools/score-claims.py}
 * (CODEBOOK.md, "Scoring"). {@code --verbose} adds the mistakes grouped by cause (STYLE.md,
 * "Benchmarks"); {@code --update-expected} rewrites the {@code X.expected.jsonl} snapshots
 * (STYLE.md, "Tests"). How a corpus directory is read is described in {@link EvalCorpus}.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score the extractor on a corpus: every X.txt in DIR with an X.gold.jsonl beside it."
                    + " Prints key and strict precision/recall/F1 per claim type and overall, as"
                    + " ../shared/tools/score-claims.py does.",
            "An X.meta.json beside a text may give {\"published\": \"YYYY-MM-DD\"}, the date"
                    + " relative times resolve against."
        })
public final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Directories of X.txt files with X.gold.jsonl beside them, scored together (e.g. corpus/dev ../shared/corpus).")
    List<Path> dirs;

    @Option(names = {"-v", "--verbose"}, description = "Also list the mistakes: wrong actor, wrong recipient, wrong modality, missed, spurious, bad evidence.")
    boolean verbose;

    @Option(names = "--update-expected",
            description = "Write today's claims to X.expected.jsonl beside each text (the snapshots tests compare against).")
    boolean updateExpected;

    @Option(names = "--syntax",
            description = "Also compute the syntactic layer (part of speech, lemma, dependency parse of the"
                    + " sentences that may hold a claim; CoreNLP, whose models take a few seconds to load). Slower; until rules"
                    + " read the layer, the claims are the same.")
    boolean syntax;

    @Spec
    CommandSpec spec;

    private final Supplier<ClaimExtractor> extractors;

    /** The command with Treatywatch's standard extractor. */
    public EvalCommand() {
        this(Extractors::standard);
    }

    /** The command with another extractor (tests, experiments). */
    public EvalCommand(Supplier<ClaimExtractor> extractors) {
        this.extractors = extractors;
    }

    @Override
    public Integer call() {
        List<EvalDocument> corpus = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        try {
            for (Path dir : dirs) {
                for (EvalDocument d : EvalCorpus.load(dir)) {
                    String before = seen.putIfAbsent(d.basename(), d.document().id());
                    if (before != null) {
                        // Claims find their document by basename (CODEBOOK.md, "Scoring"), so two
                        // texts of one name cannot be told apart.
                        throw new UsageException(d.document().id() + ": has the same file name as " + before
                                + "; claims are matched to documents by file name, so rename one");
                    }
                    corpus.add(d);
                }
            }
        } catch (EvalInputException e) {
            throw new UsageException(e.getMessage(), e);
        }
        Evaluation evaluation = Evaluation.run(syntax ? Extraction.withSyntax() : extractors.get(), corpus);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScoreTable.format(evaluation.score()));
        if (verbose) {
            out.println();
            out.print(ScoreTable.formatErrors(evaluation.score()));
        }
        out.flush();
        if (updateExpected) {
            for (Evaluation.Result r : evaluation.results()) {
                Path text = Path.of(r.document().document().id());
                try {
                    Snapshots.write(text, r.claims());
                } catch (IOException e) {
                    throw new UsageException(EvalCorpus.expectedPath(text) + ": cannot write the snapshot: " + e.getMessage(), e);
                }
            }
            spec.commandLine().getErr().println("eval: wrote " + evaluation.results().size()
                    + " snapshots (X.expected.jsonl); review them with git diff before committing");
        }
        return ExitCodes.OK;
    }
}
