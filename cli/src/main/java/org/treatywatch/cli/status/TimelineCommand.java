package org.treatywatch.cli.status;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.core.state.State;
import org.treatywatch.core.status.Deadline;
import org.treatywatch.core.status.Event;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.treaty.Treaty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatywatch timeline}: one state's dated events with a treaty (signature, deposit, entry
 * into force, withdrawal, armed conflicts, declarations, obligation deadlines), then its status on a
 * date with the rule behind it.
 */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = {
            "One state's timeline with the treaties: signature, deposit, entry into force, withdrawal, armed-conflict periods, declarations and obligation deadlines, each with the article it comes from; then its status on a date and why."
        },
        footer = {
            "",
            "Examples:",
            "  treatywatch timeline Poland --treaty APMBC",
            "  treatywatch timeline ukrainian --json",
            "",
            "Exit codes: 0 ok, 2 unknown state or treaty, or a bad date."
        })
public final class TimelineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STATE", description = "ISO code, name, alias or adjective.")
    String state;

    @Option(names = "--treaty", paramLabel = "TREATY", description = "APMBC or CCM; default: both.")
    String treaty;

    @Option(names = "--on", paramLabel = "DATE", description = "Date of the closing status line (YYYY-MM-DD); default: today.")
    String on;

    @Option(names = "--json", description = "JSON Lines, one object per treaty.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final StatusEngine engine;

    public TimelineCommand() {
        this(StatusEngine.defaults());
    }

    TimelineCommand(StatusEngine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() {
        State s = Inputs.state(engine.data().states(), state);
        List<Treaty> treaties = Inputs.treaties(engine.data().treaties(), treaty);
        LocalDate date = Inputs.date("--on", on);
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (Treaty t : treaties) {
            List<Event> events = engine.timeline(s, t);
            StatusAnswer now = engine.status(s, t, date);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("state", s.alpha3());
                m.put("state_name", s.name());
                m.put("treaty", t.code());
                m.put("events", events.stream().map(Json::event).toList());
                List<Deadline> deadlines = engine.deadlines(s, t);
                m.put("deadlines", deadlines.stream().map(Json::deadline).toList());
                m.put("status", Json.answer(now, deadlines));
                out.println(Json.write(m));
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            out.println(s.name() + " (" + s.alpha3() + ") and the " + t.code() + " (" + t.shortName() + ")");
            if (events.isEmpty()) {
                out.println("  no recorded event");
            } else {
                List<String[]> rows = new ArrayList<>();
                for (Event e : events) {
                    rows.add(new String[] {"  " + e.date(), e.summary()});
                }
                out.print(Text.table(rows));
            }
            out.println("On " + date + ": " + Text.statusWithDeclarations(now)
                    + (now.since() == null ? "" : " since " + now.since())
                    + (now.next() == null ? "" : "; next: " + Text.next(now.next())));
            out.println("  " + now.rule().citation() + ": " + now.rule().explanation());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
