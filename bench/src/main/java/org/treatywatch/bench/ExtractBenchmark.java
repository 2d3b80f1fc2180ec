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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;

/**
 * The whole {@code extract} of {@link Extractors#standard()} over a batch of documents: one
 * operation is one pass over the batch, so MB/s = ops/s x {@code batchBytes} (printed at setup).
 * {@code mines}: every text of {@code corpus/dev} (all about mines or the treaties, about 40 KB: the slow case
 * the 2 MB/s-per-core target is about); {@code ordinary}: news paragraphs that never name a
 * mine or a treaty, which the trigger scan skips.
 *
 * <p>Run from the repository root: {@code ./mvnw -q package -DskipTests -pl bench -am && java -jar
 * bench/target/benchmarks.jar Extract -f 1 -wi 3 -i 5 -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {
    @Param({"mines", "ordinary"})
    String corpus;

    ClaimExtractor extractor;
    List<Document> batch;

    private static final String ORDINARY = "The city council approved a new budget on Tuesday after a long debate. "
            + "Officials said spending on schools and roads would rise next year, while the police would get more "
            + "officers. The opposition argued that taxes were already too high and promised to challenge the plan. "
            + "Local businesses welcomed the decision, saying it would bring more visitors to the old town.\n";

    @Setup
    public void setUp() throws IOException {
        extractor = Extractors.standard();
        batch = new ArrayList<>();
        if (corpus.equals("mines")) {
            try (Stream<Path> files = Files.list(Path.of("corpus", "dev"))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    batch.add(Document.of(p.toString(), Files.readString(p)));
                }
            }
        } else {
            for (int i = 0; i < 50; i++) {
                batch.add(Document.of("ordinary-" + i, ORDINARY.repeat(2 + i % 3)));
            }
        }
        long bytes = batch.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%n%s: %d documents, batchBytes=%d%n", corpus, batch.size(), bytes);
    }

    @Benchmark
    public int extractBatch() {
        int claims = 0;
        for (Document d : batch) {
            claims += extractor.extract(d).size();
        }
        return claims;
    }
}
