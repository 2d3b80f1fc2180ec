package org.treatywatch.extract.input;

import java.util.Locale;

/**
 * The kinds of input {@link DocumentReader} understands. {@link #detect} picks one from a file
 * name and the first bytes; a caller who knows better (an HTTP Content-Type) names it instead.
 */
public enum InputFormat {
    /** Plain text: the whole input is one document's text. */
    TEXT,
    /** An HTML page: its main text, with title, date and URL from its metadata. */
    HTML,
    /** An RSS 2.0 or Atom feed: each item or entry is a document. */
    FEED,
    /** JSON Lines, one {@code {"id", "text", "title"?, "published"?, "url"?}} object a line. */
    JSONL;

    /** How many leading bytes {@link #detect} looks at. */
    public static final int SNIFF_BYTES = 4096;

    /**
     * The format of an input named {@code name} (may be null, e.g. for standard input) whose first
     * bytes are {@code head}. A known extension wins ({@code .txt}, {@code .html}/{@code .htm},
     * {@code .xml}/{@code .rss}/{@code .atom}, {@code .jsonl}/{@code .ndjson}); otherwise the
     * content decides: a leading {@code <?xml}/{@code <rss}/{@code <feed} is a feed, a leading
     * {@code <!doctype html}/{@code <html} or an early HTML tag is HTML, a leading {@code {} is JSON
     * Lines, and anything else is text.
     */
    public static InputFormat detect(String name, byte[] head, int length) {
        InputFormat byName = byExtension(name);
        return byName != null ? byName : sniff(head, length);
    }

    /**
     * The format an HTTP {@code Content-Type} names (parameters such as {@code charset} ignored), or
     * null when it names none of these, e.g. {@code application/octet-stream}: then detect.
     */
    public static InputFormat fromMediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/plain" -> TEXT;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml" -> FEED;
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-lines" -> JSONL;
            default -> null;
        };
    }

    /** The format an extension names, or null when the name says nothing. */
    public static InputFormat byExtension(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int q = lower.indexOf('?');
        if (q >= 0) {
            lower = lower.substring(0, q);
        }
        int dot = lower.lastIndexOf('.');
        if (dot < 0 || dot < lower.lastIndexOf('/')) {
            return null;
        }
        return switch (lower.substring(dot + 1)) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "rss", "atom", "xml" -> FEED;
            case "jsonl", "ndjson" -> JSONL;
            default -> null;
        };
    }

    /** The format the content looks like. */
    static InputFormat sniff(byte[] head, int length) {
        // Sniffing only needs ASCII markup; ISO-8859-1 maps every byte to one char, and UTF-16 is
        // rare enough in news to be decoded by its BOM first.
        String s = Decoding.decodeForSniffing(head, length).stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("{")) {
            return JSONL;
        }
        if (s.startsWith("<?xml")) {
            // An XHTML page also starts with a prolog; a feed names rss, feed or rdf early on.
            return s.contains("<html") && !s.contains("<rss") && !s.contains("<feed") ? HTML : FEED;
        }
        if (s.startsWith("<rss") || s.startsWith("<feed") || s.startsWith("<rdf:rdf")) {
            return FEED;
        }
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<!--")
                || s.startsWith("<head") || s.startsWith("<body") || s.startsWith("<meta")
                || s.startsWith("<div") || s.startsWith("<p>") || s.startsWith("<article")
                || s.startsWith("<title")) {
            return HTML;
        }
        return TEXT;
    }
}
