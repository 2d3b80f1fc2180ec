package org.treatywatch.notice;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of content a notice comes in, told by the content's first bytes (never by a file
 * name, which a download or an upload may have lost or got wrong).
 */
public enum NoticeFormat {
    TEXT, HTML, PDF;

    private static final int SNIFF = 1024;

    /**
     * The format of {@code content}: {@code %PDF-} is PDF; markup after a BOM and white space
     * ({@code <!doctype html}, {@code <html}, {@code <?xml}, {@code <head}, {@code <body} and other
     * early tags) is HTML; other text is TEXT.
     *
     * @throws NoticeException.UnknownFormat for binary content (an image, an archive, NUL bytes)
     */
    public static NoticeFormat detect(byte[] content, String source) {
        int n = Math.min(content.length, SNIFF);
        String head = new String(content, 0, n, StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF-")) {
            return PDF;
        }
        String kind = binaryKind(head);
        if (kind != null) {
            throw new NoticeException.UnknownFormat(source, "is " + kind
                    + ", not a notice as text, HTML or PDF");
        }
        String s = stripBom(head).stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<?xml")
                || s.startsWith("<head") || s.startsWith("<body") || s.startsWith("<meta")
                || s.startsWith("<div") || s.startsWith("<p") || s.startsWith("<!--") || s.startsWith("<title")) {
            return HTML;
        }
        return TEXT;
    }

    /** What binary content this is ("a PNG image"), or null when it looks like text. */
    private static String binaryKind(String head) {
        if (head.startsWith("\u0089PNG")) {
            return "a PNG image";
        }
        if (head.startsWith("\u00FF\u00D8\u00FF")) {
            return "a JPEG image";
        }
        if (head.startsWith("GIF8")) {
            return "a GIF image";
        }
        if (head.startsWith("PK\u0003\u0004")) {
            return "a ZIP archive (a Word or OpenDocument file? save it as PDF or text)";
        }
        if (head.startsWith("\u00D0\u00CF\u0011\u00E0")) {
            return "an old Microsoft Office file (save it as PDF or text)";
        }
        boolean utf16 = head.startsWith("\u00FE\u00FF") || head.startsWith("\u00FF\u00FE");
        int control = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == 0 && !utf16) {
                return "binary content";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0) {
                control++;
            }
        }
        return control * 10 > head.length() * 3 ? "binary content" : null;
    }

    private static String stripBom(String head) {
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            return head.substring(3);
        }
        return head.startsWith("\u00FE\u00FF") || head.startsWith("\u00FF\u00FE") ? head.substring(2).replace("\u0000", "") : head;
    }
}
