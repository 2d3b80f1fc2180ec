package org.treatywatch.spark.input;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.input.DocumentReader;

/**
 * An archived HTML page turned into a {@link Document} the way the extraction library reads any
 * HTML page ({@link DocumentReader#fromHtml}: main text, title, date, canonical URL), after
 * decoding its bytes with what a crawl adds: the HTTP header's charset. The order is the HTML
 * standard's: a byte-order mark, then the HTTP header, then the page's {@code <meta>}, else UTF-8;
 * ISO-8859-1 and ASCII are read as windows-1252 and a UTF-16 declaration without a BOM as UTF-8
 * (WHATWG Encoding), as the library does for files. A declared charset this JVM does not know is
 * an error ({@link UnknownEncodingException}), never a silent guess.
 *
 * <p>What the page does not say, the crawl does: the document's id is the URL it was fetched
 * from, its outlet the host, its date the crawl date.
 */
public final class HtmlPages {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 2048;

    private HtmlPages() {}

    /** A page declares an encoding this JVM does not know; its text cannot be trusted. */
    public static final class UnknownEncodingException extends Exception {
        UnknownEncodingException(String charset) {
            super("unknown character encoding '" + charset + "'");
        }
    }

    /**
     * The document of the page fetched from {@code url}.
     *
     * @param declaredCharset the HTTP header's charset, or null
     * @param crawled         the date the page was archived, used when the page states no date
     * @throws org.treatywatch.extract.input.InputException when the page is over the reader's size limit
     */
    public static Document document(DocumentReader reader, String url, byte[] html, String declaredCharset,
            LocalDate crawled) throws UnknownEncodingException {
        int bom = bomLength(html);
        Charset charset;
        if (bom > 0) {
            charset = bom == 3 ? StandardCharsets.UTF_8
                    : (html[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        } else {
            charset = charset(declaredCharset != null ? declaredCharset : sniff(html));
        }
        String text = new String(html, bom, html.length - bom, charset);
        Document page = reader.fromHtml(text, url, url);
        return new Document(page.id(), page.text(), page.title(),
                page.published() != null ? page.published() : crawled,
                page.url() != null ? page.url() : url,
                page.outlet() != null ? page.outlet() : outlet(url));
    }

    static Charset charset(String declared) throws UnknownEncodingException {
        if (declared == null || declared.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String name = declared.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        } else if (name.startsWith("utf-16")) {
            name = "utf-8";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnknownEncodingException(declared.strip());
        }
    }

    /** The charset a page's {@code <meta>} declares in its first bytes, or null. */
    private static String sniff(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return 2;
        }
        return 0;
    }

    /** The site a URL is on, without "www.": the outlet when the page names none. */
    static String outlet(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
