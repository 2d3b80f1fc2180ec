package org.treatywatch.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.input.InputFormat;

/**
 * Reading one 2 MiB HTML page into a document (jsoup's parse, the main text, the metadata), as
 * {@code extract}, {@code ingest} and {@code POST /api/v1/documents} do: {@code flat} is 200,000
 * closed {@code <div>word</div>}s, {@code nested} the same number left open (jsoup nests them 512
 * deep), the page a tester sent to tie up a server thread. Reading should cost about the same.
 *
 * <p>Run from the repository root: {@code ./mvnw -q package -DskipTests -pl bench -am && java -jar
 * bench/target/benchmarks.jar HtmlRead -f 1 -wi 3 -i 5 -t 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HtmlReadBenchmark {
    private static final int BYTES = 2 * 1024 * 1024;

    @Param({"flat", "nested"})
    String shape;

    byte[] page;
    DocumentReader reader;

    @Setup
    public void setUp() {
        String unit = shape.equals("nested") ? "<div>word " : "<div>word</div>";
        String html = "<html><body>" + unit.repeat(BYTES / unit.length()) + "</body></html>";
        page = html.getBytes(StandardCharsets.UTF_8);
        reader = DocumentReader.standard();
    }

    @Benchmark
    public List<Document> read() {
        List<Document> out = new ArrayList<>(1);
        reader.open(new ByteArrayInputStream(page), "page.html", InputFormat.HTML).forEach(out::add, e -> {
            throw new IllegalStateException(e);
        });
        return out;
    }
}
