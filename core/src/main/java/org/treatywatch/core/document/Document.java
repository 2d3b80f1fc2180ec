package org.treatywatch.core.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news text and what is known about it. Never changes; every annotation and every claim's
 * evidence points into {@link #text()} by UTF-16 offsets.
 *
 * @param id        stable id (for files named on the command line: the path as given)
 * @param published the publication date, which relative times ("next year") resolve against; may be null
 */
public record Document(String id, String text, String title, LocalDate published, String url, String outlet) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Document of(String id, String text) {
        return new Document(id, text, null, null, null, null);
    }

    public Document withPublished(LocalDate date) {
        return new Document(id, text, title, date, url, outlet);
    }
}
