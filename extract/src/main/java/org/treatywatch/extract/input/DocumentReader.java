package org.treatywatch.extract.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.treatywatch.core.document.Document;

/**
 * Turns files, streams and bytes into {@link Document}s: plain text, HTML pages (main text and
 * metadata), RSS and Atom feeds (a document per item) and JSON Lines (a document per line), the
 * inputs of issue 3, point 3. The same reader serves the {@code extract} command, the store's
 * ingest, the HTTP ingest endpoint and batch jobs, so a page becomes the same text, with the same
 * evidence offsets, wherever it enters.
 *
 * <p>The rules, each documented where it is implemented:
 * <ul>
 *   <li>format: by extension, else by sniffing the first bytes ({@link InputFormat#detect});
 *   <li>charset: BOM, else what the content declares, else UTF-8; invalid bytes become U+FFFD
 *       ({@link Decoding}); a binary file (NUL bytes) is an error;
 *   <li>size: one document's input (a text or HTML file, a JSON line, a feed item's text) may be at
 *       most {@link #maxDocumentBytes()}; more is rejected with a message, and never read into
 *       memory beyond the limit. Feeds and JSON Lines files as a whole have no limit: they stream;
 *   <li>ids: a text or HTML document's id is the name it was opened with (the path as given, an
 *       uploaded file's name, or {@link #nameOf} for content that came with none); feed items and
 *       JSON lines carry their own id, else {@code NAME#N};
 *   <li>metadata: an {@code X.meta.json} beside a text or page gives its title, URL, outlet and
 *       date ({@link DocumentMeta}), over what the page itself says;
 *   <li>text: a text file's text is its decoded content verbatim (BOM dropped), so offsets
 *       match the file; HTML and feed HTML are reduced to one line per block ({@link HtmlText}).
 * </ul>
 *
 * <p>Immutable and thread-safe; {@code withX} methods return a new reader.
 */
public final class DocumentReader {
    /** The default limit for one document: 5 MB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;

    private static final DocumentReader STANDARD = new DocumentReader(DEFAULT_MAX_DOCUMENT_BYTES);

    private final long maxDocumentBytes;

    private DocumentReader(long maxDocumentBytes) {
        if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("the document size limit must be between 1 byte and 2 GB, got " + maxDocumentBytes);
        }
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /** A reader with the defaults: 5 MB per document. */
    public static DocumentReader standard() {
        return STANDARD;
    }

    /** A reader like this one that accepts documents of up to {@code bytes}. */
    public DocumentReader withMaxDocumentBytes(long bytes) {
        return new DocumentReader(bytes);
    }

    /** The largest document input accepted, in bytes (characters for feed items). */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** The documents in {@code file}, format detected; its id or id prefix is the path as given. */
    public DocumentStream open(Path file) {
        return open(file, null);
    }

    /**
     * The documents in {@code file} read as {@code format} (null: detect).
     *
     * @throws InputException when the file is missing, unreadable or (text, HTML) over the limit
     */
    public DocumentStream open(Path file, InputFormat format) {
        return open(file, format, file.toString());
    }

    /**
     * The documents in {@code file} read as {@code format} (null: detect), named {@code name} in ids
     * and messages instead of the path (e.g. the path as a user gave it, or a URL it was saved from).
     *
     * @throws InputException when the file is missing, unreadable or (text, HTML) over the limit
     */
    public DocumentStream open(Path file, InputFormat format, String name) {
        InputStream in;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(name, "is a directory; give the files in it (e.g. DIR/*.txt)");
            }
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name, "permission denied");
        } catch (IOException e) {
            throw new InputException(name, "cannot be opened: " + e.getMessage());
        }
        try {
            InputFormat effective = format != null ? format : InputFormat.byExtension(name);
            if ((effective == InputFormat.TEXT || effective == InputFormat.HTML) && Files.size(file) > maxDocumentBytes) {
                throw tooLarge(name);
            }
        } catch (IOException e) {
            close(in);
            throw new InputException(name, "cannot be read: " + e.getMessage());
        } catch (InputException e) {
            close(in);
            throw e;
        }
        DocumentMeta meta;
        try {
            meta = DocumentMeta.beside(file).orElse(DocumentMeta.NONE);
        } catch (InputException e) {
            close(in);
            throw e;
        }
        return open(in, name, format, null, meta);
    }

    /**
     * The documents read from {@code in}, named {@code name} in ids and messages (for standard
     * input, e.g. {@code <stdin>}), read as {@code format} (null: detect from the name and the
     * first bytes). The stream owns {@code in} and closes it.
     */
    public DocumentStream open(InputStream in, String name, InputFormat format) {
        return open(in, name, format, null);
    }

    /**
     * As {@link #open(InputStream, String, InputFormat)}, with the charset a transport declared (the
     * HTTP ingest endpoint passes its {@code Content-Type}'s {@code charset}; see also
     * {@link InputFormat#fromMediaType}). A BOM still wins; null means none was declared.
     */
    public DocumentStream open(InputStream in, String name, InputFormat format, Charset charset) {
        return open(in, name, format, charset, DocumentMeta.NONE);
    }

    /**
     * As {@link #open(InputStream, String, InputFormat, Charset)}, with metadata given beside the
     * content (an {@code X.meta.json} file, a form's or a query's fields) laid over a text or HTML
     * document's own: each part {@code meta} gives replaces the page's. Feeds and JSON Lines carry
     * their own per document and are left as they are.
     */
    public DocumentStream open(InputStream in, String name, InputFormat format, Charset charset, DocumentMeta meta) {
        BufferedInputStream buffered = new BufferedInputStream(in, 65536);
        try {
            buffered.mark(InputFormat.SNIFF_BYTES);
            byte[] head = buffered.readNBytes(InputFormat.SNIFF_BYTES);
            buffered.reset();
            if (Decoding.looksBinary(head, head.length)) {
                throw new InputException(name, "looks like a binary file (it has NUL or control bytes),"
                        + " not text, HTML, a feed or JSON Lines; leave it out");
            }
            InputFormat effective = format != null ? format : InputFormat.detect(name, head, head.length);
            if (effective == InputFormat.FEED && Decoding.decodeForSniffing(head, head.length).isBlank()) {
                throw new InputException(name, "is empty: no RSS or Atom feed in it");
            }
            return switch (effective) {
                case TEXT, HTML -> {
                    Document document = meta.over(readOne(buffered, name, effective, head, charset));
                    close(buffered);
                    yield single(document);
                }
                case JSONL -> new JsonLinesStream(buffered, name, maxDocumentBytes);
                case FEED -> new FeedStream(reader(buffered, name, effective, head, charset), name, maxDocumentBytes);
            };
        } catch (IOException e) {
            close(buffered);
            throw new InputException(name, "cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            close(buffered);
            throw e;
        }
    }

    /**
     * The name (and so the id) of content that arrives without a file name, e.g. a pasted text or
     * a posted body: its URL when it has one, else {@code sha256:} and the first 16 hex digits of
     * the SHA-256 of its bytes. The CLI, the API and the ingest page all name such content so.
     */
    public static String nameOf(byte[] content, String url) {
        if (url != null && !url.isBlank()) {
            return url.strip();
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(content);
            return "sha256:" + java.util.HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Every document in {@code file}; the first problem is thrown. For small inputs and tests. */
    public List<Document> readAll(Path file) {
        List<Document> documents = new ArrayList<>();
        try (DocumentStream stream = open(file)) {
            stream.forEachRemaining(documents::add);
        }
        return documents;
    }

    /** The documents in {@code bytes} named {@code name}, read as {@code format} (null: detect); the first problem is thrown. */
    public List<Document> read(byte[] bytes, String name, InputFormat format) {
        return read(bytes, name, format, null, DocumentMeta.NONE);
    }

    /**
     * The documents in content that arrived whole (a posted body, an uploaded or pasted file), as
     * {@link #open(InputStream, String, InputFormat, Charset, DocumentMeta)} reads them: the same
     * bytes give the same text and offsets as the file does on the command line. {@code name}
     * null names the content by {@link #nameOf}. The first problem is thrown.
     */
    public List<Document> read(byte[] bytes, String name, InputFormat format, Charset charset, DocumentMeta meta) {
        String effective = name == null || name.isBlank() ? nameOf(bytes, meta.url()) : name;
        List<Document> documents = new ArrayList<>();
        try (DocumentStream stream = open(new java.io.ByteArrayInputStream(bytes), effective, format, charset, meta)) {
            stream.forEachRemaining(documents::add);
        }
        return documents;
    }

    /**
     * The document of an HTML page that is already decoded, e.g. from a crawl archive: main text,
     * title, date and URL exactly as {@link #open} makes them from a file.
     *
     * @param url where the page came from, used when it names no canonical URL (may be null)
     * @throws InputException when the page is over the size limit
     */
    public Document fromHtml(String html, String id, String url) {
        if ((long) html.length() > maxDocumentBytes) {
            throw tooLarge(id);
        }
        return HtmlText.toDocument(html, id, url);
    }

    private Document readOne(InputStream in, String name, InputFormat format, byte[] head, Charset declared)
            throws IOException {
        byte[] bytes = in.readNBytes((int) maxDocumentBytes + 1);
        if (bytes.length > maxDocumentBytes) {
            throw tooLarge(name);
        }
        Decoding.Detected charset = Decoding.detect(head, head.length, format, name, declared);
        String content = new String(bytes, charset.skip(), bytes.length - charset.skip(), charset.charset());
        return format == InputFormat.HTML ? HtmlText.toDocument(content, name, null) : Document.of(name, content);
    }

    private static Reader reader(InputStream in, String name, InputFormat format, byte[] head, Charset declared)
            throws IOException {
        Decoding.Detected charset = Decoding.detect(head, head.length, format, name, declared);
        in.skipNBytes(charset.skip());
        // InputStreamReader replaces malformed input with U+FFFD (Decoding's rule).
        return new InputStreamReader(in, charset.charset());
    }

    private InputException tooLarge(String name) {
        return new InputException(name, "the document is larger than the " + Sizes.format(maxDocumentBytes)
                + " limit; split it or raise the limit (--max-doc-size)");
    }

    private static DocumentStream single(Document document) {
        return new DocumentStream() {
            private boolean taken;

            @Override
            public boolean hasNext() {
                return !taken;
            }

            @Override
            public Document next() {
                if (taken) {
                    throw new NoSuchElementException();
                }
                taken = true;
                return document;
            }

            @Override
            public void close() {}
        };
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing was written.
        }
    }
}
