package org.treatywatch.store.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A search result: a document, or one claim's evidence sentence within it.
 *
 * @param claimId     the claim whose evidence matched, or null for a document hit
 * @param snippetHtml the matching text, HTML-escaped, with matches in {@code <mark>}
 * @param matches     the matched spans, UTF-16 offsets into the document's text
 */
public record SearchHit(
        Kind kind, long documentId, Long claimId, String title, LocalDate published, String snippetHtml,
        List<Highlighter.Match> matches) {

    /** What matched. */
    public enum Kind { DOCUMENT, EVIDENCE }

    public SearchHit {
        matches = List.copyOf(matches);
    }
}
