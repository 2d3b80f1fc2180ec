package org.treatywatch.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.treatywatch.cli.UsageException;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.input.DocumentStream;
import org.treatywatch.extract.input.InputException;
import org.treatywatch.extract.json.ClaimJson;
import org.treatywatch.extract.json.ClaimJsonException;

/**
 * The output directory of a {@code treatywatch batch} run (spark/README.md, "Output"), read for
 * import: {@code documents-jsonl/part-*} (the documents that have claims, in the JSON Lines input
 * format, read by the extraction library's {@link DocumentReader}) and {@code claims-jsonl/**}
 * (one claim a line as {@link ClaimJson} writes it, plus the extractor {@code version}). Claims
 * are grouped by document id in memory: a batch keeps only documents with claims, which are few
 * (a year of world news gives on the order of a million claims).
 *
 * <p>Each document line says how many claims the document has ({@code claims}), so that a
 * document whose claims were not all read (a truncated or missing claims file) can be told from
 * a whole one: {@link #expectedClaims}. Output written before that field has no counts; then
 * {@link #claimsDamaged} is all one knows.
 */
final class BatchOutput {
    static final String DOCUMENTS_DIR = "documents-jsonl";
    static final String CLAIMS_DIR = "claims-jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A claim and the version of the extractor that made it. */
    record VersionedClaim(Claim claim, String version) {}

    private final Path dir;
    private final Map<String, List<VersionedClaim>> claimsByDocument = new LinkedHashMap<>();
    private final Map<String, Integer> expectedClaims = new HashMap<>();
    private boolean claimsDamaged;

    private BatchOutput(Path dir) {
        this.dir = dir;
    }

    /**
     * Reads the claims of the batch output in {@code dir}; bad claim lines go to {@code onProblem}.
     *
     * @throws UsageException when {@code dir} is not a batch job's output
     */
    static BatchOutput open(Path dir, Consumer<String> onProblem) {
        if (!Files.isDirectory(dir.resolve(DOCUMENTS_DIR)) || !Files.isDirectory(dir.resolve(CLAIMS_DIR))) {
            throw new UsageException(dir + ": not the output of treatywatch batch (it has no " + DOCUMENTS_DIR
                    + "/ and " + CLAIMS_DIR + "/)");
        }
        BatchOutput output = new BatchOutput(dir);
        Consumer<String> damaged = problem -> {
            output.claimsDamaged = true;
            onProblem.accept(problem);
        };
        for (Path file : parts(dir.resolve(CLAIMS_DIR))) {
            output.readClaims(file, damaged);
        }
        for (Path file : parts(dir.resolve(DOCUMENTS_DIR))) {
            output.readCounts(file);
        }
        return output;
    }

    /**
     * The {@code claims} count of each document line (a first, cheap pass; lines that are not
     * valid are reported when the documents are read).
     */
    private void readCounts(Path file) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                try {
                    JsonNode node = line.isBlank() ? null : JSON.readTree(line);
                    JsonNode id = node == null ? null : node.get("id");
                    JsonNode count = node == null ? null : node.get("claims");
                    if (id != null && id.isValueNode() && count != null && count.canConvertToInt()) {
                        expectedClaims.put(id.asText(), count.asInt());
                    }
                } catch (JsonProcessingException e) {
                    // reported with its line number by forEachDocument
                }
            }
        } catch (IOException e) {
            // reported by forEachDocument
        }
    }

    /**
     * How many claims document {@code id} has by its line in {@code documents-jsonl}, or null when
     * the output does not say (written before batch wrote the count).
     */
    Integer expectedClaims(String id) {
        return expectedClaims.get(id);
    }

    /** Whether a claims file had a line or a part that could not be read. */
    boolean claimsDamaged() {
        return claimsDamaged;
    }

    private void readClaims(Path file, Consumer<String> onProblem) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    Claim claim = ClaimJson.fromTree(node);
                    JsonNode version = node.get("version");
                    if (version == null || !version.isTextual()) {
                        throw new ClaimJsonException("no \"version\": not a line written by treatywatch batch");
                    }
                    claimsByDocument.computeIfAbsent(claim.doc(), d -> new ArrayList<>())
                            .add(new VersionedClaim(claim, version.asText()));
                } catch (JsonProcessingException e) {
                    onProblem.accept(dir.relativize(file) + ":" + number + ": not valid JSON (" + e.getOriginalMessage() + ")");
                } catch (ClaimJsonException e) {
                    onProblem.accept(dir.relativize(file) + ":" + number + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            onProblem.accept(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Hands each document to {@code onDocument} and each unreadable one to {@code onProblem}. */
    void forEachDocument(Consumer<Document> onDocument, Consumer<String> onProblem) {
        for (Path file : parts(dir.resolve(DOCUMENTS_DIR))) {
            DocumentStream documents;
            try {
                documents = DocumentReader.standard().open(file, org.treatywatch.extract.input.InputFormat.JSONL);
            } catch (InputException e) {
                onProblem.accept(e.getMessage());
                continue;
            }
            documents.forEach(onDocument, e -> onProblem.accept(e.getMessage()));
        }
    }

    /** The claims of document {@code id}, removed so that what is left at the end has no document. */
    List<VersionedClaim> takeClaims(String id) {
        List<VersionedClaim> claims = claimsByDocument.remove(id);
        return claims == null ? List.of() : claims;
    }

    /** Claims whose document was not in {@code documents-jsonl}, by document id. */
    Map<String, List<VersionedClaim>> remainingClaims() {
        return claimsByDocument;
    }

    /** The Spark part files under {@code root}, in a stable order (hidden and marker files skipped). */
    private static List<Path> parts(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UsageException(root + ": cannot be listed: " + e.getMessage(), e);
        }
    }
}
