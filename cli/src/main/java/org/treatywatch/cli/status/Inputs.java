package org.treatywatch.cli.status;

import java.time.LocalDate;
import java.util.List;
import org.treatywatch.cli.DateOption;
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

    /** The date of {@code option} ({@link DateOption}: 1900 to 2200), today when not given. */
    static LocalDate date(String option, String textOrNull) {
        return textOrNull == null ? LocalDate.now() : DateOption.parse(option, textOrNull);
    }
}
