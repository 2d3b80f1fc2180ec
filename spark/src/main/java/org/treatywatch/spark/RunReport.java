package org.treatywatch.spark;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did, written as {@code report.json} beside its output: counts of documents read,
 * dropped by the prefilter, run through the pipeline, claims found, failures by reason (with the
 * first example of each), and the time taken. Throughput is derived from these counts, so the
 * benchmark script and a cluster run report the same numbers the same way.
 *
 * @param inputBytes     summed size of the input files as stored (compressed size for .gz)
 * @param textChars      UTF-16 code units of document text read
 * @param seconds        wall-clock time from the first listing to the last output file
 */
public record RunReport(
        @JsonProperty("inputs") List<String> inputs,
        @JsonProperty("output") String output,
        @JsonProperty("master") String master,
        @JsonProperty("extractor_version") String extractorVersion,
        @JsonProperty("input_files") int inputFiles,
        @JsonProperty("input_bytes") long inputBytes,
        @JsonProperty("documents_read") long documentsRead,
        @JsonProperty("prefiltered") long prefiltered,
        @JsonProperty("extracted") long extracted,
        @JsonProperty("claims") long claims,
        @JsonProperty("text_chars") long textChars,
        @JsonProperty("failures") Map<String, Failures> failures,
        @JsonProperty("seconds") double seconds) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The failures of one reason. */
    public record Failures(@JsonProperty("count") long count, @JsonProperty("example") String example) {}

    public RunReport {
        failures = new TreeMap<>(failures);
    }

    @JsonProperty("failures_total")
    public long failuresTotal() {
        return failures.values().stream().mapToLong(Failures::count).sum();
    }

    @JsonProperty("documents_per_second")
    public double documentsPerSecond() {
        return seconds > 0 ? documentsRead / seconds : 0;
    }

    @JsonProperty("megabytes_per_second")
    public double megabytesPerSecond() {
        return seconds > 0 ? inputBytes / 1e6 / seconds : 0;
    }

    @JsonProperty("prefiltered_share")
    public double prefilteredShare() {
        return documentsRead > 0 ? (double) prefiltered / documentsRead : 0;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run report", e);
        }
    }

    /** The one-line summary the command prints on stderr. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%d documents read, %d prefiltered (%.1f%%), %d extracted, %d claims, %d failures, %.1f s (%.0f docs/s, %.2f MB/s)",
                documentsRead, prefiltered, 100 * prefilteredShare(), extracted, claims, failuresTotal(), seconds,
                documentsPerSecond(), megabytesPerSecond());
    }
}
