package org.treatywatch.core.notice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One depositary notification of the UN Secretary-General as read from its text: the reference
 * ("C.N.360.2025.TREATIES-XXVI.5"), the day of the notice, the treaty, the state and what it did.
 * Dates the notice does not state are null.
 *
 * @param reference   the C.N. reference as printed, e.g. {@code C.N.360.2025.TREATIES-XXVI.5}
 * @param noticeDate  the day the notice is dated
 * @param treaty      treaty code ({@code APMBC} for chapter XXVI-5, {@code CCM} for XXVI-6)
 * @param state       alpha-3 of the state the notice is about
 * @param action      what the state did
 * @param deposited   the day the instrument or notification was deposited, or null
 * @param effective   the day the notice says it takes effect, or null
 * @param text        the text of a declaration, objection or communication, else empty
 * @param source      where the notice was read from (file name or URL)
 */
public record Notice(
        String reference,
        LocalDate noticeDate,
        String treaty,
        String state,
        NoticeAction action,
        LocalDate deposited,
        LocalDate effective,
        String text,
        String source) {

    private static final Pattern REFERENCE = Pattern.compile("C\\.N\\.\\d+\\.\\d{4}\\.TREATIES-[IVXL]+\\.\\d+(\\.[a-z])?");

    public Notice {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(noticeDate, "noticeDate");
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(action, "action");
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("not a C.N. reference: " + reference);
        }
        text = text == null ? "" : text;
        source = source == null ? "" : source;
    }
}
