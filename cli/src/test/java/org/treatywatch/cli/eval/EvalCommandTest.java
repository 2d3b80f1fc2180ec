package org.treatywatch.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.TreatywatchCommand;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;
import org.treatywatch.extract.json.ClaimJson;
import picocli.CommandLine;

class EvalCommandTest {
    static final Path DEV_CORPUS = Path.of("..", "corpus", "dev");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run eval(ClaimExtractor extractor, String... args) {
        CommandLine cl = TreatywatchCommand.commandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == EvalCommand.class
                        ? type.cast(new EvalCommand(() -> extractor))
                        : CommandLine.defaultFactory().create(type);
            }
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] full = Stream.concat(Stream.of("eval"), Stream.of(args)).toArray(String[]::new);
        int exit = cl.execute(full);
        return new Run(exit, out.toString(), err.toString());
    }

    void writeSmallCorpus() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Finland left the Ottawa Convention.\nRussia laid mines near the border.\n");
        Files.writeString(dir.resolve("a.gold.jsonl"), """
                {"type":"WITHDRAWAL","actor":"FIN","treaty":"APMBC","recipient":null,"modality":["FACT"]}
                {"type":"USE","actor":"RUS","treaty":null,"recipient":null,"modality":["FACT"]}
                """);
        Files.writeString(dir.resolve("b.txt"), "A coal mine in Poland was left flooded after the storm.\n");
        Files.writeString(dir.resolve("b.gold.jsonl"), "");
    }

    @Test
    void eval_printsPerTypeAndOverallScores() throws IOException {
        writeSmallCorpus();

        Run run = eval(new KeywordExtractor(), dir.toString());

        // The keyword extractor finds Finland's withdrawal, misses Russia's use and takes the
        // flooded Polish coal mine for a withdrawal.
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("""
                type         gold pred  keyP  keyR  keyF1  strP  strR  strF1
                USE             1    0  0.00  0.00  0.00   0.00  0.00  0.00
                WITHDRAWAL      1    2  0.50  1.00  0.67   0.50  1.00  0.67
                ALL             2    2  0.50  0.50  0.50   0.50  0.50  0.50
                missed=1 extra=1
                strict_f1=0.500 key_f1=0.500 evidence_bad=0
                """);
    }

    @Test
    void eval_verbose_listsTheMistakesByCause() throws IOException {
        writeSmallCorpus();

        Run run = eval(new KeywordExtractor(), "--verbose", dir.toString());

        assertThat(run.out()).endsWith("""
                strict_f1=0.500 key_f1=0.500 evidence_bad=0

                missed (1):
                  a.txt  USE RUS FACT
                spurious (1):
                  b.txt  WITHDRAWAL POL APMBC FACT  "A coal mine in Poland was left flooded after the storm."
                """);
    }

    @Test
    void eval_missingDirectory_isOneLineOnStderr_exit2() {
        Run run = eval(new KeywordExtractor(), dir.resolve("nope").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("treatywatch: " + dir.resolve("nope") + ": not a directory (it does not exist)\n");
    }

    @Test
    void eval_brokenGoldFile_isOneLineOnStderr_exit2() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Finland left.");
        Files.writeString(dir.resolve("a.gold.jsonl"), "{\"type\":\"LEAVE\",\"actor\":\"FIN\",\"modality\":[\"FACT\"]}\n");

        Run run = eval(new KeywordExtractor(), dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("treatywatch: " + dir.resolve("a.gold.jsonl") + ":1: unknown type \"LEAVE\"")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void twoDirectories_areScoredTogether() throws IOException {
        writeSmallCorpus();
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("c.txt"), "Estonia left the treaty in December.\n");
        Files.writeString(other.resolve("c.gold.jsonl"), "{\"type\":\"WITHDRAWAL\",\"actor\":\"EST\",\"treaty\":\"APMBC\",\"modality\":[\"FACT\"]}\n");

        Run run = eval(new KeywordExtractor(), dir.toString(), other.toString());

        assertThat(run.out()).contains("WITHDRAWAL      2    3  0.67  1.00  0.80");
    }

    @Test
    void sameFileNameInTwoDirectories_isRejected() throws IOException {
        writeSmallCorpus();
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.writeString(other.resolve("a.txt"), "Estonia left the treaty.\n");
        Files.writeString(other.resolve("a.gold.jsonl"), "");

        Run run = eval(new KeywordExtractor(), dir.toString(), other.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("treatywatch: " + other.resolve("a.txt") + ": has the same file name as "
                + dir.resolve("a.txt") + "; claims are matched to documents by file name, so rename one\n");
    }

    @Test
    void updateExpected_writesTodaysClaimsAsCodebookJsonLines() throws IOException {
        writeSmallCorpus();

        Run run = eval(new KeywordExtractor(), "--update-expected", dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("wrote 2 snapshots");
        String expected = Files.readString(dir.resolve("a.expected.jsonl"));
        String text = Files.readString(dir.resolve("a.txt"));
        var doc = org.treatywatch.core.document.Document.of(dir.resolve("a.txt").toString(), text);
        StringBuilder want = new StringBuilder();
        for (var c : new KeywordExtractor().extract(doc)) {
            want.append(ClaimJson.toJson(c)).append('\n');
        }
        assertThat(expected).isEqualTo(want.toString()).contains("\"actor\":\"FIN\"");
        assertThat(Files.readString(dir.resolve("b.expected.jsonl"))).contains("\"actor\":\"POL\"");
    }

    /**
     * The command's table must be the one score-claims.py prints for the same claims. The claims
     * are what the standard extractor makes of a copy of the development corpus, taken from the
     * snapshots {@code --update-expected} writes.
     */
    @Test
    void eval_onTheDevCorpus_printsWhatScoreClaimsPyPrints() throws Exception {
        Path scorer = referenceScorer();
        assumeTrue(scorer != null && python3Works(), "python3 or ../shared/tools/score-claims.py is absent");
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEV_CORPUS)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".gold.jsonl") || name.endsWith(".meta.json")) {
                    Files.copy(f, dir.resolve(name));
                    if (name.endsWith(".txt")) {
                        texts.add(dir.resolve(name));
                    }
                }
            }
        }

        Run run = eval(Extractors.standard(), "--update-expected", dir.toString());

        Path predictions = dir.resolve("all-predictions.jsonl");
        StringBuilder all = new StringBuilder();
        for (Path t : texts) {
            all.append(Files.readString(dir.resolve(t.getFileName().toString().replace(".txt", ".expected.jsonl"))));
        }
        Files.writeString(predictions, all);
        List<String> command = new ArrayList<>(List.of("python3", scorer.toString(), predictions.toString()));
        texts.forEach(t -> command.add(t.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(all).as("the extractor finds something to score").isNotEmpty();
        assertThat(run.out()).isEqualTo(python);
    }

    /** The README's example: the standard extractor on the development corpus. */
    @Test
    void readmeExample_evalCorpusDev_printsEveryClaimTypeAndTheSummary() {
        Run run = eval(Extractors.standard(), DEV_CORPUS.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().map(l -> l.split(" ")[0]).toList()).containsSequence(
                "type", "ACCESSION", "DESTRUCTION", "PROCUREMENT", "PRODUCTION", "STOCKPILE", "TRANSFER", "USE", "WITHDRAWAL", "ALL");
        assertThat(run.out()).containsPattern("(?m)^ALL +[0-9]+ +[0-9]+ ").containsPattern("(?m)^strict_f1=[01]\\.[0-9]{3} key_f1=[01]\\.[0-9]{3} evidence_bad=0$");
    }

    /** ../shared/tools/score-claims.py beside the repository (or beside the worktrees' directory), else null. */
    static Path referenceScorer() {
        Path root = Path.of("").toAbsolutePath().getParent();
        for (Path d : new Path[] {root, root.getParent()}) {
            Path candidate = d == null ? null : d.resolveSibling("shared").resolve("tools/score-claims.py");
            if (candidate != null && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean python3Works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
