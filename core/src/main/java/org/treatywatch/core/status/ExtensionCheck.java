package org.treatywatch.core.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.state.State;
import org.treatywatch.core.treaty.Treaty;

/**
 * Checks the obligation extensions of an engine's reference data against its participation record:
 * each is granted to a party in force on the day of the decision, moves the deadline later than
 * the one it replaces (the treaty's, or the previous extension's), and for each state and
 * obligation the decisions come in the order they were taken. {@code ReferenceData} already
 * rejects unknown states, treaties and obligations.
 */
public final class ExtensionCheck {
    private ExtensionCheck() {}

    /** One message per row at fault, naming it; empty when all rows hold. */
    public static List<String> problems(StatusEngine engine) {
        List<String> out = new ArrayList<>();
        Map<String, ObligationExtension> previous = new HashMap<>();
        for (ObligationExtension e : engine.data().extensions()) {
            String row = e.treaty() + " " + e.state() + " " + e.obligation() + " decided " + e.decided();
            State state = engine.data().states().byAlpha3(e.state()).orElseThrow();
            Treaty treaty = engine.data().treaties().byCode(e.treaty()).orElseThrow();
            StatusCode on = engine.status(state, treaty, e.decided()).code();
            if (on != StatusCode.PARTY && on != StatusCode.WITHDRAWING && on != StatusCode.WITHDRAWAL_SUSPENDED) {
                out.add(row + ": " + e.state() + " was " + on + " on that day, not a party in force");
            }
            ObligationExtension before = previous.put(e.treaty() + "/" + e.state() + "/" + e.obligation(), e);
            Deadline d = engine.deadlines(state, treaty).stream()
                    .filter(x -> x.obligation().id().equals(e.obligation())).findFirst().orElse(null);
            if (d == null) {
                continue; // not in force: reported above
            }
            LocalDate replaced = before == null ? d.computed() : before.deadline();
            if (!e.deadline().isAfter(replaced)) {
                out.add(row + ": new deadline " + e.deadline() + " is not after the one it replaces, " + replaced);
            }
            if (before != null && !e.decided().isAfter(before.decided())) {
                out.add(row + ": listed after the decision of " + before.decided() + "; decisions go oldest first");
            }
        }
        return out;
    }
}
