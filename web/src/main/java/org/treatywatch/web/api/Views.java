package org.treatywatch.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.treatywatch.core.claim.Amount;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.Evidence;
import org.treatywatch.core.claim.Quantity;
import org.treatywatch.core.claim.Speaker;
import org.treatywatch.store.StoredClaim;
import org.treatywatch.store.StoredDocument;

/**
 * The JSON shapes of the API (names become snake_case, see {@code Json}). Claims carry every
 * codebook field under its codebook name, plus the store's id, document and review.
 */
public final class Views {
    private Views() {}

    /** A claim: the codebook fields (CODEBOOK.md, "A claim") and the store's. */
    public record ClaimView(
            long id,
            long documentId,
            String doc,
            String type,
            String actor,
            String modality,
            String treaty,
            String stage,
            String weapon,
            String recipient,
            String allegedBy,
            Quantity quantity,
            Amount amount,
            String when,
            Speaker speaker,
            Evidence evidence,
            String origin,
            String reviewState,
            String reviewedBy,
            Instant reviewedAt,
            LocalDate published,
            Citation source,
            String extractorVersion) {}

    /** How to cite a claim's document: title, URL, outlet and published date (each may be null). */
    public record Citation(String title, String url, String outlet, LocalDate published) {}

    public static ClaimView claim(StoredClaim s) {
        Claim c = s.claim();
        return new ClaimView(s.id(), s.documentId(), c.doc(), c.type().name(), c.actor(), c.modality().name(),
                c.treaty(), c.stage() == null ? null : c.stage().name(), c.weapon() == null ? null : c.weapon().name(),
                c.recipient(), c.allegedBy(), c.quantity(), c.amount(), c.when(), c.speaker(), c.evidence(),
                s.origin().name(), s.reviewState().name(), s.reviewedBy(), s.reviewedAt(), s.published(),
                new Citation(s.source().title(), s.source().url(), s.source().outlet(), s.published()), s.extractorVersion());
    }

    /** A page of a list and the cursor of the next ({@code null} on the last page). */
    public record PageView<T>(List<T> items, String nextCursor, String next) {}

    /** A whole list, not paged. */
    public record Items<T>(List<T> items) {}

    /** Where a document came from, without its text. */
    public record DocumentRef(long id, String externalId, String title, String url, String outlet, LocalDate published) {}

    public static DocumentRef ref(StoredDocument d) {
        return new DocumentRef(d.id(), d.externalId(), d.title(), d.url(), d.outlet(), d.published());
    }

    /** A document with its text and claims. */
    public record DocumentView(
            long id, String externalId, String title, String url, String outlet, LocalDate published,
            Instant ingestedAt, String extractorVersion, String contentHash, String text, List<ClaimView> claims) {}

    public static DocumentView document(StoredDocument d, List<ClaimView> claims) {
        return new DocumentView(d.id(), d.externalId(), d.title(), d.url(), d.outlet(), d.published(), d.ingestedAt(),
                d.extractorVersion(), d.contentHash(), d.text(), claims);
    }

    /**
     * A claim's evidence in its document: the exact sentence(s) and up to {@value #CONTEXT_CHARS}
     * characters on either side, so a reader sees it in context.
     */
    public record EvidenceInContext(int start, int end, String text, String before, String after) {}

    static final int CONTEXT_CHARS = 300;

    public static EvidenceInContext inContext(Evidence e, String documentText) {
        int from = Math.max(0, e.start() - CONTEXT_CHARS);
        int to = Math.min(documentText.length(), e.end() + CONTEXT_CHARS);
        // do not split a surrogate pair at the edges
        if (from > 0 && Character.isLowSurrogate(documentText.charAt(from))) {
            from--;
        }
        if (to < documentText.length() && Character.isLowSurrogate(documentText.charAt(to))) {
            to++;
        }
        return new EvidenceInContext(e.start(), e.end(), e.text(),
                documentText.substring(from, e.start()), documentText.substring(e.end(), to));
    }

    /** A claim with its document and its evidence in context. */
    public record ClaimDetail(ClaimView claim, DocumentRef document, EvidenceInContext evidence) {}

    /** What {@code POST /api/v1/documents} did. */
    public record IngestView(String status, long documentId, int claims, String location) {}
}
