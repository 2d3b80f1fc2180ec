package org.treatywatch.cli.status;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.treatywatch.cli.UsageException;
import org.treatywatch.core.state.State;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.core.treaty.TreatyRegistry;

/**
 * Turns the status commands' arguments into states, treaties and dates, or one clear
 * {@link UsageException} naming the closest match (exit 2).
 */
public final class Inputs {
    private Inputs() {}

    public static State state(StateRegistry states, String text) {
        return states.find(text).orElseThrow(() -> new UsageException(states.unknownMessage(text)));
    }

    public static Treaty treaty(TreatyRegistry treaties, String text) {
        return treaties.find(text).orElseThrow(() -> new UsageException(treaties.unknownMessage(text)));
    }

    /** The named treaty, or every treaty when none is named. */
    public static List<Treaty> treaties(TreatyRegistry treaties, String textOrNull) {
        return textOrNull == null ? treaties.all() : List.of(treaty(treaties, textOrNull));
    }

    static LocalDate date(String option, String textOrNull) {
        if (textOrNull == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(textOrNull.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("bad date '" + textOrNull + "' for " + option + ": expected YYYY-MM-DD, e.g. 2026-03-01");
        }
    }
}
