package org.treatywatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatywatch.core.document.Document;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.TreatyRegistry;
import org.treatywatch.extract.mention.MentionFinder;
import org.treatywatch.extract.mention.ReferenceLexicons;
import org.treatywatch.extract.pipeline.AnnotatedText;
import org.treatywatch.extract.pipeline.Layers;
import org.treatywatch.extract.pipeline.ParsedSentence;
import org.treatywatch.extract.pipeline.Pipeline;
import org.treatywatch.extract.syntax.SyntaxParser;
import org.treatywatch.extract.text.TextSegmenter;

/**
 * The syntax stage alone ({@link SyntaxParser}: gate, tagger, lemmatiser, dependency parser,
 * enhanced++) over every text of {@code corpus/dev}, segmented and with mentions beforehand: one
 * operation is one pass, so MB/s = ops/s x {@code batchBytes} and sentences/s = ops/s x
 * {@code parsed} (both printed at setup, with the number of sentences the gate let through).
 *
 * <p>Run from the repository root: {@code java -jar bench/target/benchmarks.jar Syntax -f 1 -wi 3 -i 5 -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SyntaxBenchmark {
    SyntaxParser stage;
    List<AnnotatedText> batch;

    @Setup
    public void setUp() throws IOException {
        StateRegistry states = StateRegistry.standard();
        Pipeline before = Pipeline.builder()
                .add(new TextSegmenter())
                .add(new MentionFinder(ReferenceLexicons.states(states), ReferenceLexicons.treaties(TreatyRegistry.standard(), states)))
                .build();
        stage = new SyntaxParser();
        batch = new ArrayList<>();
        long bytes = 0;
        int sentences = 0;
        int parsed = 0;
        try (Stream<Path> files = Files.list(Path.of("corpus", "dev"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                AnnotatedText at = before.apply(AnnotatedText.of(Document.of(p.toString(), text)));
                batch.add(at);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                sentences += at.get(Layers.SENTENCES).size();
                parsed += parseAll(at);
            }
        }
        System.out.printf("%ncorpus/dev: %d documents, batchBytes=%d, sentences=%d, parsed=%d%n", batch.size(), bytes,
                sentences, parsed);
    }

    @Benchmark
    public int parseBatch() {
        int parsed = 0;
        for (AnnotatedText at : batch) {
            parsed += parseAll(at);
        }
        return parsed;
    }

    /** The stage parses a sentence when it is read: reading every one parses all the gate lets through; their number. */
    private int parseAll(AnnotatedText at) {
        int sentences = 0;
        for (ParsedSentence p : stage.apply(at).get(Layers.SYNTAX)) {
            sentences += p.status() == null ? 0 : 1;
        }
        return sentences;
    }
}
