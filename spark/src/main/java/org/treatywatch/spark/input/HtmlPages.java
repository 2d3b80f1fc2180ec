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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.treatywatch.core.document.Document;

/**
 * An HTML page from an archive turned into a {@link Document}: bytes decoded in the encoding the
 * HTTP header or the page's own {@code <meta>} declares (UTF-8 when neither does), main text
 * taken from the article, title and publication date from the page's metadata, the crawl date
 * when it has none. The document's id is its URL, so a page crawled twice is one document.
 */
public final class HtmlPages {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlPages() {}

    /** A page declares an encoding this JVM does not know; its text cannot be trusted. */
    public static final class UnknownEncodingException extends Exception {
        UnknownEncodingException(String charset) {
            super("unknown character encoding '" + charset + "'");
        }
    }

    /**
     * The document of the page at {@code url}, or null when it has no main text.
     *
     * @param declaredCharset the HTTP header's charset, or null
     * @param crawled         the date the page was archived, used when the page states no date
     */
    public static Document document(String url, byte[] html, String declaredCharset, LocalDate crawled)
            throws UnknownEncodingException {
        Charset charset = charset(declaredCharset != null ? declaredCharset : sniff(html));
        org.jsoup.nodes.Document page = Jsoup.parse(new String(html, charset), url);
        String text = mainText(page);
        if (text.isBlank()) {
            return null;
        }
        String title = firstNonBlank(page.select("meta[property=og:title]").attr("content"), page.title());
        LocalDate published = Dates.parseLeniently(firstNonBlank(
                page.select("meta[property=article:published_time]").attr("content"),
                page.select("time[datetime]").attr("datetime")));
        return new Document(url, text, title, published != null ? published : crawled, url, outlet(url));
    }

    static Charset charset(String name) throws UnknownEncodingException {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        String n = name.strip().replace("\"", "");
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnknownEncodingException(n);
        }
    }

    /** The charset a page's {@code <meta>} declares in its first 2 KB, or null. */
    private static String sniff(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** The paragraphs of the article (or of the body when there is no article), one per line pair. */
    private static String mainText(org.jsoup.nodes.Document page) {
        page.select("script, style, noscript, nav, header, footer, aside, form").remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.body();
        }
        if (root == null) {
            return "";
        }
        Elements paragraphs = root.select("p");
        if (paragraphs.isEmpty()) {
            return root.text();
        }
        StringBuilder text = new StringBuilder();
        for (Element p : paragraphs) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(t);
            }
        }
        return text.toString();
    }

    /** The site a URL is on, without "www.": the outlet when nothing better is known. */
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

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
