package org.treatywatch.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.ExtractionException;
import org.treatywatch.extract.input.DocumentMeta;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.input.InputException;
import org.treatywatch.extract.input.InputFormat;
import org.treatywatch.store.Store;
import org.treatywatch.store.ingest.Ingestor;
import org.treatywatch.web.auth.Access;

/** The ingest page: an analyst pastes or uploads an article, which is stored with its claims. Split from {@link WebPages}. */
public final class IngestPage {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPage.class);
    /** Longest article text accepted by the ingest page, in characters. */
    static final int MAX_TEXT = WebPages.MAX_TEXT;

    private final WebPages pages;
    private final Store store;
    private final ClaimExtractor extractor;

    IngestPage(WebPages pages, Store store, ClaimExtractor extractor) {
        this.pages = pages;
        this.store = store;
        this.extractor = extractor;
    }

    /** The ingest form's values and what was wrong with them, per field. */
    public record IngestForm(String title, String outlet, String url, String published, String text, Map<String, String> errors) {
        public static IngestForm empty() {
            return new IngestForm("", "", "", "", "", Map.of());
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    void form(Context ctx) {
        pages.requireAnalystPage(ctx);
        pages.render(ctx, "ingest.jte", Map.of("frame", pages.frame(ctx, "Ingest an article", "ingest"), "form", IngestForm.empty()));
    }

    /**
     * Ingests the form's article. An uploaded file goes through {@link DocumentReader} exactly as
     * the CLI reads it from disk and the API from a posted body (charset detection, HTML to its
     * main text, named by its file name), so it becomes the same document with the same offsets.
     * Pasted text is named as the API names an unnamed body ({@link DocumentReader#nameOf}); its
     * line ends are made {@code \n} again, because browsers send a textarea's lines as CRLF.
     */
    void ingest(Context ctx) {
        Access.requireWriter(ctx);
        Map<String, String> errors = new LinkedHashMap<>();
        String title = WebPages.field(ctx, "title", errors);
        String outlet = WebPages.field(ctx, "outlet", errors);
        String url = WebPages.field(ctx, "url", errors);
        String published = WebPages.field(ctx, "published", errors);
        String text = ctx.formParam("text");
        UploadedFile file = ctx.uploadedFile("file");
        byte[] content = null;
        String name = null;
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_TEXT * 4L) {
                errors.put("file", "The file is larger than " + (MAX_TEXT * 4 / 1000) + " kB.");
            } else {
                try (InputStream in = file.content()) {
                    content = in.readAllBytes();
                    name = WebPages.blankToNull(WebPages.clip(file.filename(), WebPages.MAX_FIELD));
                } catch (IOException e) {
                    errors.put("file", "The file could not be read.");
                }
            }
        } else if (text != null && !text.isBlank()) {
            if (text.length() > MAX_TEXT) {
                errors.put("text", "The text is longer than " + MAX_TEXT + " characters.");
            } else {
                content = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            }
        } else {
            errors.putIfAbsent("text", "Paste the article's text or choose a text file.");
        }
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            try {
                date = LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                errors.put("published", "Write the date as YYYY-MM-DD.");
            }
        }
        if (url != null && !url.isBlank() && ClaimView.safeUrl(url) == null) {
            errors.put("url", "The link must start with http:// or https://.");
        }
        List<Document> docs = List.of();
        if (errors.isEmpty()) {
            try {
                docs = DocumentReader.standard().read(content, name, file != null && file.size() > 0 ? null : InputFormat.TEXT,
                        null, new DocumentMeta(title, url, outlet, date));
                if (docs.isEmpty() || docs.stream().allMatch(d -> d.text().isBlank())) {
                    errors.put(file != null && file.size() > 0 ? "file" : "text", "There is no text in it.");
                }
            } catch (InputException e) {
                errors.put(file != null && file.size() > 0 ? "file" : "text", e.getMessage() + ".");
            }
        }
        if (!errors.isEmpty()) {
            ctx.status(400);
            IngestForm form = new IngestForm(WebPages.nz(title), WebPages.nz(outlet), WebPages.nz(url), WebPages.nz(published), text == null ? "" : WebPages.clip(text, MAX_TEXT), errors);
            pages.render(ctx, "ingest.jte", Map.of("frame", pages.frame(ctx, "Ingest an article", "ingest"), "form", form));
            return;
        }
        if (extractor == null) {
            throw new WebPages.PageException(503, "This server has no claim extractor, so it cannot ingest articles.");
        }
        Ingestor ingestor = new Ingestor(store, extractor);
        long first = -1;
        for (Document doc : docs) {
            long id;
            try {
                id = ingestor.ingest(doc).documentId();
            } catch (ExtractionException e) {
                LOG.error("extraction failed; the article was not stored: {}", e.getMessage(), e);
                throw new WebPages.PageException(500, "The claim extractor failed on this article, so it was not stored.");
            }
            first = first < 0 ? id : first;
            LOG.info("ingested document {} ({} chars)", id, doc.text().length());
        }
        ctx.redirect(docs.size() == 1 ? "/documents/" + first : "/documents", HttpStatus.SEE_OTHER);
    }
}
