package org.treatywatch.core.check;

import java.util.List;
import java.util.Objects;
import org.treatywatch.core.status.StatusAnswer;

/**
 * One thing the record contradicts in a reported act.
 *
 * @param kind     what is contradicted
 * @param state    alpha-3 of the state the finding is about: the act's actor, or for an
 *                 acquisition by delivery the transfer's recipient
 * @param treaty   the treaty's code
 * @param reason   why, in plain words, with the dates the record gives
 * @param article  the provision at stake ({@code "APMBC Art. 1"})
 * @param answer   the status engine's answer for {@code state} on the act's date
 * @param evidence where the act is reported
 */
public record Finding(
        FindingKind kind, String state, String treaty, String reason, String article, StatusAnswer answer,
        List<EvidenceRef> evidence) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(answer, "answer");
        evidence = List.copyOf(evidence);
    }
}
