package org.treatywatch.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.ExtractionException;
import org.treatywatch.spark.output.ClaimRows;

/**
 * The extraction step of one partition: the cheap prefilter
 * ({@link ClaimExtractor#mightHoldClaims}) first, so that the ordinary news which makes up almost
 * all of an archive never reaches the full pipeline, then {@link ClaimExtractor#extract} on what
 * remains. The extractor comes from {@link ExtractorHolder}: built once per executor JVM, shared by
 * its tasks. It emits {@link ClaimRows#RESULT} rows: each claim, and each document that has
 * claims. Output is lazy (one document's claims at a time), so a partition of a million
 * documents holds no more than one document's claims in memory. A document the extractor throws on
 * is counted as {@link FailureReason#EXTRACTION_ERROR} (the example names it and the failing
 * stage) and skipped, so the run exits 1.
 */
public final class ExtractPartition implements FlatMapFunction<Iterator<Document>, Row> {
    private final String extractorName;
    private final RunCounters counters;

    public ExtractPartition(String extractorName, RunCounters counters) {
        this.extractorName = extractorName;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Document> documents) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ClaimExtractor extractor = ExtractorHolder.get(extractorName);
        String version = extractor.version();
        return new Iterator<>() {
            private final Deque<Row> pending = new ArrayDeque<>();
            private boolean counted;

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && documents.hasNext()) {
                    process(documents.next());
                }
                if (pending.isEmpty() && !counted) {
                    // Spark consumes this iterator on the task's thread, pulling the readers
                    // upstream, so this thread's CPU time is the partition's reading and extraction.
                    counted = true;
                    counters.cpuNanos.add(Math.max(0, threads.getCurrentThreadCpuTime() - cpuStart));
                }
                return !pending.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.removeFirst();
            }

            private void process(Document document) {
                counters.documentsRead.add(1);
                counters.textChars.add(document.text().length());
                if (!extractor.mightHoldClaims(document.text())) {
                    counters.prefiltered.add(1);
                    return;
                }
                List<Claim> claims;
                try {
                    claims = extractor.extract(document);
                } catch (RuntimeException | StackOverflowError e) {
                    counters.fail(FailureReason.EXTRACTION_ERROR, ExtractionException.of(document.id(), e).getMessage());
                    return;
                }
                counters.extracted.add(1);
                counters.claims.add(claims.size());
                if (!claims.isEmpty()) {
                    pending.add(ClaimRows.documentResult(document, claims.size()));
                }
                for (Claim claim : claims) {
                    pending.add(ClaimRows.claimResult(claim, document, version));
                }
            }
        };
    }
}
