package org.treatywatch.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.treatywatch.core.document.Document;

/**
 * Writes the batch job's input formats from documents: JSON Lines, and WARC files of HTTP
 * responses built by hand (so that the tests can also write the damaged records real crawls hold).
 * A {@code .warc.gz} gets one gzip member per record, as crawlers write them.
 */
final class TestInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestInputs() {}

    static void writeJsonLines(Path file, List<Document> docs) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Document d : docs) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", d.id());
            n.put("text", d.text());
            n.put("title", d.title());
            n.put("published", d.published() == null ? null : d.published().toString());
            n.put("url", d.url());
            n.put("outlet", d.outlet());
            out.append(JSON.writeValueAsString(n)).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** The HTML page the tests publish a document as: navigation, then the article's paragraphs. */
    static String html(Document d, String charsetName) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : d.text().split("\n\n")) {
            body.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return "<!doctype html><html><head><meta charset=\"" + charsetName + "\"><title>" + escape(d.title())
                + "</title>"
                + (d.published() == null ? "" : "<meta property=\"article:published_time\" content=\"" + d.published() + "T08:00:00Z\">")
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n<article><h1>"
                + escape(d.title()) + "</h1>\n" + body + "</article><footer>Contact us</footer></body></html>";
    }

    /** A WARC writer that appends records to one file. */
    static final class Warc implements AutoCloseable {
        private final OutputStream out;
        private final boolean gzip;

        Warc(Path file) throws IOException {
            this.out = Files.newOutputStream(file);
            this.gzip = file.toString().endsWith(".gz");
        }

        /** A 200 response carrying the page in {@code charsetName}, declared in the HTTP header. */
        Warc page(Document d, String charsetName, Charset encoding) throws IOException {
            return response(d.url(), "text/html; charset=" + charsetName, html(d, charsetName).getBytes(encoding));
        }

        Warc response(String url, String contentType, byte[] body) throws IOException {
            byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            ByteArrayOutputStream http = new ByteArrayOutputStream();
            http.write(head);
            http.write(body);
            return record("response", url, "application/http;msgtype=response", http.toByteArray());
        }

        Warc request(String url) throws IOException {
            byte[] http = ("GET / HTTP/1.1\r\nHost: " + java.net.URI.create(url).getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            return record("request", url, "application/http;msgtype=request", http);
        }

        /** Bytes that are not a WARC record at all: what a damaged download leaves. */
        Warc garbage(String text) throws IOException {
            write(text.getBytes(StandardCharsets.ISO_8859_1));
            return this;
        }

        private Warc record(String type, String url, String contentType, byte[] block) throws IOException {
            ByteArrayOutputStream r = new ByteArrayOutputStream();
            r.write(("WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url
                    + "\r\nWARC-Date: " + LocalDate.of(2025, 7, 1) + "T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                    + UUID.nameUUIDFromBytes((type + url).getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: "
                    + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            r.write(block);
            r.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            write(r.toByteArray());
            return this;
        }

        private void write(byte[] bytes) throws IOException {
            if (gzip) {
                ByteArrayOutputStream member = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(member)) {
                    z.write(bytes);
                }
                out.write(member.toByteArray());
            } else {
                out.write(bytes);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
