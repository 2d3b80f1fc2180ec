package org.treatywatch.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.input.InputException;
import org.treatywatch.spark.FailureReason;
import org.treatywatch.spark.RunCounters;
import scala.Tuple2;

/**
 * Documents from a WARC file ({@code .warc} or {@code .warc.gz}, as the Common Crawl news crawl
 * publishes them): one per HTTP response record with status 200 and an HTML content type, its main
 * text taken by {@link HtmlPages} with the extraction library's HTML reader. Request, metadata and non-HTML records are skipped silently:
 * they are not news. The file is read as a stream, one record at a time, so a 1 GB archive needs
 * no more memory than its largest page.
 *
 * <p>Damage is counted, not thrown: a response whose HTTP message is unreadable, a page in an
 * encoding the JVM does not know, or a page over {@code maxPageBytes} is skipped on its own; a
 * record whose WARC header is corrupt ends the file (WARC has no sync marker to find the next
 * record by), keeping the documents read before it.
 */
public final class WarcDocuments implements FlatMapFunction<Tuple2<String, PortableDataStream>, Document> {
    private final RunCounters counters;
    private final long maxPageBytes;

    public WarcDocuments(RunCounters counters, long maxPageBytes) {
        this.counters = counters;
        this.maxPageBytes = maxPageBytes;
    }

    @Override
    public Iterator<Document> call(Tuple2<String, PortableDataStream> file) {
        return new Records(file._1(), file._2());
    }

    private final class Records extends Lookahead<Document> {
        private final String file;
        private final PortableDataStream source;
        private InputStream in;
        private WarcReader reader;

        Records(String file, PortableDataStream source) {
            this.file = file;
            this.source = source;
        }

        /** The next document, or null when this record gave none. */
        @Override
        protected Document advance() {
            long position = 0;
            try {
                if (reader == null) {
                    in = source.open();
                    reader = new WarcReader(in);
                }
                position = reader.position();
                Optional<WarcRecord> record = reader.next();
                if (record.isEmpty()) {
                    finish();
                    return null;
                }
                return record.get() instanceof WarcResponse response ? document(response) : null;
            } catch (ParsingException e) {
                counters.fail(FailureReason.CORRUPT_WARC_RECORD, file + " at byte " + position + ": " + e.getBaseMessage());
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                counters.fail(reader == null ? FailureReason.UNREADABLE_FILE : FailureReason.CORRUPT_WARC_RECORD,
                        file + " at byte " + position + ": " + e.getMessage());
            }
            finish();
            return null;
        }

        private Document document(WarcResponse response) throws IOException {
            String url = response.target();
            HttpResponse http;
            MediaType type;
            try {
                http = response.http();
                type = http.contentType();
            } catch (IOException | IllegalArgumentException e) {
                counters.fail(FailureReason.BAD_HTTP_RESPONSE, url + " in " + file + ": " + e.getMessage());
                return null;
            }
            if (http.status() != 200 || !isHtml(type)) {
                return null;
            }
            byte[] body;
            try (InputStream stream = http.bodyDecoded().stream()) {
                body = stream.readNBytes((int) maxPageBytes + 1);
            } catch (IOException e) {
                counters.fail(FailureReason.BAD_HTTP_RESPONSE, url + " in " + file + ": " + e.getMessage());
                return null;
            }
            if (body.length > maxPageBytes) {
                counters.fail(FailureReason.PAGE_TOO_LARGE, url + " in " + file);
                return null;
            }
            LocalDate crawled = response.date().atZone(ZoneOffset.UTC).toLocalDate();
            try {
                Document document = HtmlPages.document(reader(), url, body, type.parameters().get("charset"), crawled);
                if (document.text().isBlank()) {
                    counters.fail(FailureReason.NO_MAIN_TEXT, url + " in " + file);
                    return null;
                }
                return document;
            } catch (HtmlPages.UnknownEncodingException e) {
                counters.fail(FailureReason.UNKNOWN_ENCODING, url + " in " + file + ": " + e.getMessage());
                return null;
            } catch (InputException e) {
                counters.fail(FailureReason.PAGE_TOO_LARGE, url + " in " + file + ": " + e.getMessage());
                return null;
            }
        }

        @Override
        protected void finish() {
            super.finish();
            try {
                if (reader != null) {
                    reader.close();
                } else if (in != null) {
                    in.close();
                }
            } catch (IOException e) {
                // Closing a stream we finished reading: nothing left to lose.
            }
        }
    }

    private DocumentReader reader() {
        return DocumentReader.standard().withMaxDocumentBytes(maxPageBytes);
    }

    private static boolean isHtml(MediaType type) {
        String t = type.type() + "/" + type.subtype();
        return t.equalsIgnoreCase("text/html") || t.equalsIgnoreCase("application/xhtml+xml");
    }
}
