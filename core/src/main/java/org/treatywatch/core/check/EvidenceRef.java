package org.treatywatch.core.check;

import java.util.Objects;
import org.treatywatch.core.claim.Evidence;

/**
 * Where a reported act is said: the document and the evidence span of one claim.
 *
 * @param doc      the document's id
 * @param claimId  the stored claim's id, or null for a claim not (yet) stored
 * @param evidence the sentence(s) of the document that report the act
 */
public record EvidenceRef(String doc, Long claimId, Evidence evidence) {
    public EvidenceRef {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(evidence, "evidence");
    }
}
