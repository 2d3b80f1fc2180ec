package org.treatywatch.extract.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.treatywatch.core.document.Document;

/**
 * Where a document comes from, as a citation needs it: title, URL, outlet and published date.
 * Given on a command line ({@code ingest --url ...}), in a form or query, or in an
 * {@code X.meta.json} file beside a text {@code X.txt} (or a page {@code X.html}):
 * {@code {"published": "2025-06-19", "title": "...", "url": "https://...", "outlet": "..."}}.
 * A meta file may carry other fields too (a licence, a note); they are ignored. The same reading
 * serves {@code eval}, {@code extract} and {@code ingest}.
 *
 * <p>Every part may be null: nothing is guessed.
 */
public record DocumentMeta(String title, String url, String outlet, LocalDate published) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A meta file larger than this is not metadata. */
    static final int MAX_META_BYTES = 64 * 1024;

    public static final DocumentMeta NONE = new DocumentMeta(null, null, null, null);

    public DocumentMeta {
        title = blankToNull(title);
        url = blankToNull(url);
        outlet = blankToNull(outlet);
    }

    /** {@code X.meta.json} beside {@code X.txt} or {@code X.html}; the path need not exist. */
    public static Path besides(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + ".meta.json");
    }

    /**
     * The metadata in the {@code X.meta.json} beside {@code file}, if there is one.
     *
     * @throws InputException when it is there but unreadable or malformed; its source is the meta file
     */
    public static Optional<DocumentMeta> beside(Path file) {
        Path meta = besides(file);
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            if (Files.size(meta) > MAX_META_BYTES) {
                throw new InputException(meta.toString(), "is larger than " + MAX_META_BYTES / 1024 + " KB; a meta file holds a few fields");
            }
            return Optional.of(parse(meta.toString(), Files.readString(meta, StandardCharsets.UTF_8)));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(meta.toString(), "not valid UTF-8");
        } catch (IOException e) {
            throw new InputException(meta.toString(), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Reads a meta file's content: a JSON object whose {@code published}, {@code title},
     * {@code url} and {@code outlet}, when present, are strings (the date as YYYY-MM-DD). Other
     * fields are accepted and ignored.
     *
     * @throws InputException naming {@code source} when the content is not such an object
     */
    public static DocumentMeta parse(String source, String content) {
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new InputException(source, "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputException(source, "expected a JSON object like {\"published\": \"2025-06-19\"}");
        }
        String date = text(node, "published", source);
        return new DocumentMeta(text(node, "title", source), text(node, "url", source), text(node, "outlet", source),
                date == null ? null : date(source, "\"published\"", date));
    }

    /** A date as YYYY-MM-DD, or an {@link InputException} naming {@code what}. */
    public static LocalDate date(String source, String what, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(source, what + " must be a date as YYYY-MM-DD, like 2025-06-19, got '" + value + "'");
        }
    }

    private static String text(JsonNode node, String name, String source) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InputException(source, "\"" + name + "\" must be a string");
        }
        return v.asText();
    }

    /** This metadata over {@code doc}'s own: each part given here replaces the document's. */
    public Document over(Document doc) {
        return new Document(doc.id(), doc.text(), or(title, doc.title()), published != null ? published : doc.published(),
                or(url, doc.url()), or(outlet, doc.outlet()));
    }

    /** {@code doc} with this metadata filling only what it lacks (a command line's defaults). */
    public Document under(Document doc) {
        return new Document(doc.id(), doc.text(), or(doc.title(), title), doc.published() != null ? doc.published() : published,
                or(doc.url(), url), or(doc.outlet(), outlet));
    }

    public boolean isEmpty() {
        return title == null && url == null && outlet == null && published == null;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
