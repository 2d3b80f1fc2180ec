package org.treatywatch.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.input.DocumentStream;
import org.treatywatch.extract.input.InputException;
import org.treatywatch.extract.input.InputFormat;
import org.treatywatch.spark.FailureReason;
import org.treatywatch.spark.RunCounters;
import scala.Tuple2;

/**
 * Documents from a JSON Lines file ({@code .jsonl}, or {@code .jsonl.gz}): one object per line,
 * {@code {id?, text, title?, published?, url?, outlet?}}, read by the extraction library's own
 * {@link DocumentReader}, so a line becomes exactly the document {@code treatywatch extract} makes
 * of it (same id rule: the line's {@code id}, else {@code FILE#LINE}). A file is streamed, never
 * held in memory; a bad line (not JSON, no text, over the size limit) is counted as
 * {@link FailureReason#BAD_JSON_LINE} and the lines after it are still read.
 */
public final class JsonLinesDocuments implements FlatMapFunction<Tuple2<String, PortableDataStream>, Document> {
    private final RunCounters counters;
    private final long maxDocumentBytes;

    public JsonLinesDocuments(RunCounters counters, long maxDocumentBytes) {
        this.counters = counters;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public Iterator<Document> call(Tuple2<String, PortableDataStream> file) {
        String name = file._1();
        DocumentStream stream;
        try {
            InputStream in = file._2().open();
            if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in, 65536);
            }
            stream = DocumentReader.standard().withMaxDocumentBytes(maxDocumentBytes).open(in, name, InputFormat.JSONL);
        } catch (IOException | InputException e) {
            counters.fail(FailureReason.UNREADABLE_FILE, name + ": " + e.getMessage());
            return java.util.Collections.emptyIterator();
        }
        return new Lookahead<>() {
            @Override
            protected Document advance() {
                try {
                    if (!stream.hasNext()) {
                        finish();
                        return null;
                    }
                    return stream.next();
                } catch (InputException e) {
                    if (e.source().equals(name)) {
                        // The file itself failed (an I/O error, a broken gzip stream): nothing more to read.
                        counters.fail(FailureReason.UNREADABLE_FILE, e.getMessage());
                        finish();
                    } else {
                        counters.fail(FailureReason.BAD_JSON_LINE, e.getMessage());
                    }
                    return null;
                }
            }

            @Override
            protected void finish() {
                super.finish();
                stream.close();
            }
        };
    }
}
