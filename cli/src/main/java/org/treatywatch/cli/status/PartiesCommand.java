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
import org.treatywatch.core.status.Parties;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.treaty.Treaty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code treatywatch parties}: the count and list of a treaty's parties on a date, counted as the
 * depositary counts them (instrument deposited, withdrawal not yet effective), and how many of
 * them the treaty is not yet in force for.
 */
@Command(
        name = "parties",
        mixinStandardHelpOptions = true,
        description = {
            "The States Parties to a treaty on a date, counted as the UN depositary counts them:"
                    + " instrument deposited on or before the date and any withdrawal not yet effective."
                    + " Says how many of them the treaty is not yet in force for."
        },
        footer = {
            "",
            "Examples:",
            "  treatywatch parties --treaty APMBC --on 2024-12-31",
            "  treatywatch parties --treaty CCM --json",
            "",
            "Exit codes: 0 ok, 2 unknown treaty or a bad date."
        })
public final class PartiesCommand implements Callable<Integer> {

    @Option(names = "--treaty", required = true, paramLabel = "TREATY", description = "APMBC or CCM.")
    String treaty;

    @Option(names = "--on", paramLabel = "DATE", description = "Date (YYYY-MM-DD); default: today.")
    String on;

    @Option(names = "--json", description = "One JSON object: count, not-yet-in-force count and the lists.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final StatusEngine engine;

    public PartiesCommand() {
        this(StatusEngine.defaults());
    }

    PartiesCommand(StatusEngine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() {
        Treaty t = Inputs.treaty(engine.data().treaties(), treaty);
        LocalDate date = Inputs.date("--on", on);
        Parties parties = engine.parties(t, date);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("treaty", t.code());
            m.put("on", date.toString());
            m.put("count", parties.count());
            m.put("not_yet_in_force_count", parties.notYetInForce().size());
            m.put("parties", parties.parties().stream().map(s -> {
                StatusAnswer a = engine.status(s, t, date);
                Map<String, Object> p = Json.state(s);
                p.put("status", a.code().name());
                p.put("since", Json.date(a.since()));
                return p;
            }).toList());
            m.put("not_yet_in_force", Json.states(parties.notYetInForce()));
            out.println(Json.write(m));
            out.flush();
            return ExitCodes.OK;
        }
        out.println(t.code() + " (" + t.shortName() + ") on " + date + ": " + parties.count() + " States Parties, "
                + parties.notYetInForce().size() + " of them not yet in force");
        out.println("(counted as the depositary counts: instrument deposited on or before the date, withdrawal not yet effective)");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"state", "name", "status", "since"});
        for (State s : parties.parties()) {
            StatusAnswer a = engine.status(s, t, date);
            rows.add(new String[] {s.alpha3(), s.name(), Text.statusWithDeclarations(a), Text.date(a.since())});
        }
        out.print(Text.table(rows));
        out.flush();
        return ExitCodes.OK;
    }
}
