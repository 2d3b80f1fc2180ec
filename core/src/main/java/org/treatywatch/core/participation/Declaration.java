package org.treatywatch.core.participation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statement a state made about a treaty that the treaty does not provide for, such as Ukraine's
 * notice of 18 July 2025 that it "suspends" the APMBC citing Art. 62 of the Vienna Convention on
 * the Law of Treaties. Such a declaration is shown on the state's timeline and beside its status,
 * but never changes the status: only the instruments the treaty provides for do (participation
 * README, "Ukraine").
 *
 * @param treaty  treaty code
 * @param state   alpha-3 of the declaring state
 * @param date    the day the declaration was made or notified
 * @param kind    one word for what it claims ("suspension")
 * @param summary what it says and how others received it, in Treatywatch's own words
 * @param source  where the facts come from
 */
public record Declaration(String treaty, String state, LocalDate date, String kind, String summary, String source) {
    public Declaration {
        Objects.requireNonNull(treaty, "treaty");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        summary = summary == null ? "" : summary;
        source = source == null ? "" : source;
    }
}
