package org.treatywatch.store.alerts;

import java.time.Instant;
import java.util.Objects;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.core.claim.ClaimType;

/**
 * One row of the changes log.
 *
 * @param id        its place in the log (ids grow; see {@link Alerts#changes} on their order)
 * @param state     alpha-3 of the state it is about, or null
 * @param claimType the claim's type, or the type of the event a flag is on; may be null
 * @param flagKind  for {@link ChangeKind#FLAG} only
 * @param refId     the id of the claim, event or flag
 * @param summary   one line, at most {@link #MAX_SUMMARY} characters
 */
public record Change(
        long id, ChangeKind kind, Instant at, String state, ClaimType claimType, FindingKind flagKind, long refId,
        String summary) {
    public static final int MAX_SUMMARY = 300;

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
        if ((kind == ChangeKind.FLAG) != (flagKind != null)) {
            throw new IllegalArgumentException("a flag kind goes with FLAG changes, and only with them");
        }
    }

    /** {@code text} cut to {@link #MAX_SUMMARY} characters (never inside a surrogate pair). */
    public static String summary(String text) {
        if (text.length() <= MAX_SUMMARY) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_SUMMARY - 1)) ? MAX_SUMMARY - 1 : MAX_SUMMARY;
        return text.substring(0, end);
    }
}
