package org.treatywatch.store.event;

import java.time.LocalDate;
import java.util.List;

/**
 * One article and its copies, counted once as a source.
 *
 * @param documents the story's documents, the first first
 */
public record Story(long id, List<Copy> documents) {

    /**
     * A document of a story.
     *
     * @param copyOf     the stored document it was found to copy (null for the story's first)
     * @param similarity the estimated Jaccard similarity with {@code copyOf} (1 for the same words)
     */
    public record Copy(long documentId, String externalId, String title, String outlet, LocalDate published,
            Long copyOf, Double similarity) {}
}
