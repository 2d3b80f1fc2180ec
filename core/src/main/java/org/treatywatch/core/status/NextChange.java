package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The next status change the data and the treaty's rules schedule.
 *
 * @param on        the day of the change, or null when it waits on an event with no date yet (the
 *                  end of an ongoing armed conflict)
 * @param to        the status from that day
 * @param condition what the change depends on, in words, or empty
 */
public record NextChange(LocalDate on, StatusCode to, String condition) {
    public NextChange {
        Objects.requireNonNull(to, "to");
        condition = condition == null ? "" : condition;
    }
}
