package org.treatywatch.notice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a notice, one line per line of the notice, whatever it came in: a text file as it
 * is (UTF-8 unless a BOM says otherwise; bad bytes become U+FFFD), an HTML page's visible text
 * with a line break at each block (paragraph, heading, table cell, {@code <br>}), a PDF's text
 * layer in reading order (PDFBox).
 */
final class NoticeText {
    /** A notice has one to three pages; reading no more than this bounds a hostile PDF's cost. */
    static final int MAX_PDF_PAGES = 20;

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "tr", "td", "th", "table", "section", "article", "header", "footer", "main", "pre",
            "blockquote", "dd", "dt", "hr", "title");
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head");

    private NoticeText() {}

    static String of(byte[] content, NoticeFormat format, String source) {
        return switch (format) {
            case TEXT -> text(content);
            case HTML -> html(content);
            case PDF -> pdf(content, source);
        };
    }

    private static String text(byte[] b) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder threw", e);
        }
    }

    private static String html(byte[] content) {
        org.jsoup.nodes.Document page;
        try {
            // jsoup picks the charset from a BOM or <meta charset>, else UTF-8.
            page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder();
        page.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !hidden(t)) {
                    out.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        return out.toString();
    }

    private static boolean hidden(TextNode t) {
        for (Node p = t.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && HIDDEN.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String pdf(byte[] content, String source) {
        String text;
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setEndPage(MAX_PDF_PAGES);
            text = stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new NoticeException.UnreadablePdf(source, "is a password-protected PDF; save it unlocked", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox throws runtime exceptions too on some damaged files.
            throw new NoticeException.UnreadablePdf(source, "is a damaged PDF that cannot be read ("
                    + oneLine(e.getMessage()) + ")", e);
        }
        if (text.isBlank()) {
            throw new NoticeException.UnreadablePdf(source,
                    "is a PDF without a text layer (a scan?); Treatywatch does not read images of text", null);
        }
        return text;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String s = message.replaceAll("\\s+", " ").strip();
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
