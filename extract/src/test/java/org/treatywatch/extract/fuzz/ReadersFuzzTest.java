package org.treatywatch.extract.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.Extractors;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.extract.input.DocumentStream;
import org.treatywatch.extract.input.InputException;
import org.treatywatch.extract.input.InputFormat;

/**
 * Arbitrary bytes through every reader and the extractor (issue 3, "Done when"; STYLE.md's
 * "blast random strings"). Invariants: nothing but {@link InputException} escapes a reader, each
 * problem is one line naming its source, no document's text is over the size limit, the extractor
 * never throws, and every claim's evidence is exactly its slice of the text.
 *
 * <p>Under {@code ./mvnw verify} the extract module's Surefire sets {@code JAZZER_FUZZ=1}, so
 * Jazzer really fuzzes for {@code maxDuration} (coverage-guided, starting from the seeds in
 * {@code src/test/resources/.../ReadersFuzzTestInputs}); without it, JUnit runs only the seeds. A
 * finding is written as {@code crash-*} in the module directory: keep it as a seed once fixed.
 */
class ReadersFuzzTest {
    private static final int LIMIT = 64 * 1024;
    private static final DocumentReader READER = DocumentReader.standard().withMaxDocumentBytes(LIMIT);
    /** The checking extractor validates every layer after every stage and lets errors surface. */
    private static final ClaimExtractor EXTRACTOR = Extractors.checking();

    @FuzzTest(maxDuration = "15s")
    void readersAndExtractor_neverThrow_andEvidenceIsItsSlice(FuzzedDataProvider data) {
        int pick = data.consumeInt(0, InputFormat.values().length);
        InputFormat format = pick == InputFormat.values().length ? null : InputFormat.values()[pick];
        byte[] bytes = data.consumeRemainingAsBytes();
        DocumentStream documents;
        try {
            documents = READER.open(new ByteArrayInputStream(bytes), "fuzz.in", format);
        } catch (InputException problem) {
            checkProblem(problem);
            return;
        }
        documents.forEach(ReadersFuzzTest::checkDocument, ReadersFuzzTest::checkProblem);
    }

    private static void checkDocument(Document document) {
        if (document.text().length() > LIMIT) {
            throw new AssertionError("text of " + document.text().length() + " chars is over the limit " + LIMIT);
        }
        for (Claim claim : EXTRACTOR.extract(document)) {
            if (!claim.evidence().matches(document.text())) {
                throw new AssertionError("evidence " + claim.evidence() + " is not its slice of " + document.id());
            }
        }
    }

    private static void checkProblem(InputException problem) {
        String message = problem.getMessage();
        if (message.isBlank() || message.lines().count() != 1 || !message.startsWith(problem.source() + ": ")) {
            throw new AssertionError("a problem must be one line starting with its source: " + message);
        }
    }
}
