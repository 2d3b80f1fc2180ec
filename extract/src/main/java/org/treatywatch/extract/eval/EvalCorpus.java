package org.treatywatch.extract.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.input.DocumentMeta;
import org.treatywatch.extract.input.InputException;

/**
 * An evaluation corpus on disk: every {@code X.txt} in a directory that has an
 * {@code X.gold.jsonl} beside it (texts without gold are not part of it). Not recursive.
 *
 * <ul>
 *   <li>The document id is the path as given: {@code dir.resolve("X.txt").toString()}, so
 *       {@code treatywatch eval corpus/dev} names {@code corpus/dev/X.txt}, as {@code extract}
 *       would for the same file.
 *   <li>The text is the whole file, strict UTF-8 (a byte-order mark is kept as text: don't write one).
 *   <li>The published date, which the extractor resolves "next year" against, is unknown unless an
 *       {@code X.meta.json} beside the text says {@code {"published": "2025-06-19"}}; that file may
 *       also give {@code title}, {@code url} and {@code outlet}, and other fields, which are ignored
 *       ({@link DocumentMeta}, as {@code extract} and {@code ingest} read it). Nothing is guessed from the text.
 * </ul>
 *
 * <p>The snapshot of today's output, {@code X.expected.jsonl}, lives beside the same files
 * (STYLE.md "Tests"); {@link #expectedPath} names it.
 */
public final class EvalCorpus {

    private EvalCorpus() {}

    /**
     * Loads the corpus in {@code dir}, sorted by file name.
     *
     * @throws EvalInputException when {@code dir} is not a readable directory, holds no text with
     *     a gold file, or a text, gold or metadata file is malformed
     */
    public static List<EvalDocument> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new EvalInputException(dir + ": not a directory" + (Files.exists(dir) ? "" : " (it does not exist)"));
        }
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> Files.isRegularFile(goldPath(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new EvalInputException(dir + ": cannot list the directory: " + e.getMessage(), e);
        }
        if (texts.isEmpty()) {
            throw new EvalInputException(dir + ": no X.txt with an X.gold.jsonl beside it");
        }
        List<EvalDocument> docs = new ArrayList<>();
        for (Path text : texts) {
            docs.add(loadOne(text));
        }
        return List.copyOf(docs);
    }

    /** Loads one text, its gold file and its optional metadata. */
    public static EvalDocument loadOne(Path text) {
        Document doc = Document.of(text.toString(), read(text));
        Path meta = sibling(text, ".meta.json");
        if (Files.isRegularFile(meta)) {
            doc = withMeta(doc, meta, read(meta));
        }
        Path gold = goldPath(text);
        return new EvalDocument(doc, GoldReader.parse(gold.toString(), read(gold)));
    }

    /** {@code X.gold.jsonl} beside {@code X.txt}. */
    public static Path goldPath(Path text) {
        return sibling(text, ".gold.jsonl");
    }

    /** {@code X.expected.jsonl} beside {@code X.txt}: the snapshot of today's extractor output. */
    public static Path expectedPath(Path text) {
        return sibling(text, ".expected.jsonl");
    }

    private static Path sibling(Path text, String suffix) {
        String name = text.getFileName().toString();
        String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return text.resolveSibling(stem + suffix);
    }

    private static String read(Path file) {
        try {
            // A fresh decoder reports malformed input rather than replacing it with U+FFFD.
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new EvalInputException(file + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new EvalInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Document withMeta(Document doc, Path meta, String content) {
        try {
            return DocumentMeta.parse(meta.toString(), content).over(doc);
        } catch (InputException e) {
            throw new EvalInputException(e.getMessage(), e);
        }
    }
}
