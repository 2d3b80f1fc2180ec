package org.treatywatch.cli.status;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatywatch.cli.DateOption;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.StoreOption;
import org.treatywatch.cli.UsageException;
import org.treatywatch.core.record.RecordHistory;
import org.treatywatch.core.status.StatusCode;
import org.treatywatch.store.Store;
import org.treatywatch.store.reference.ReferenceDataException;
import org.treatywatch.store.reference.StoredReferenceData;
import org.treatywatch.core.state.State;
import org.treatywatch.core.status.StatusAnswer;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.treaty.Treaty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatywatch status}: where states stand with the treaties on a date, from the status
 * engine ({@link StatusEngine}), one row per state and treaty: status, since, next change, and any
 * declaration the treaty does not provide for beside the status (it never changes it).
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            // one string a paragraph: picocli wraps it to the terminal's width
            "Where states stand with the treaties on a date: NOT_SIGNED, SIGNATORY, JOINING"
                    + " (deposited, not yet in force), PARTY, WITHDRAWING, WITHDRAWAL_SUSPENDED (held by an"
                    + " armed conflict) or WITHDRAWN, since when, and the next scheduled change.",
            "States by ISO code, name, alias or adjective, in any case (lt, LTU, Lithuania,"
                    + " lithuanian). All states when none is named."
        },
        footer = {
            "",
            "Examples:",
            "  treatywatch status --treaty APMBC --on 2026-03-01 LTU LVA EST FIN POL UKR",
            "  treatywatch status --treaty ccm lithuania",
            "  treatywatch status --json Ukraine",
            "  treatywatch status --treaty APMBC --on 2025-12-31 --only WITHDRAWING",
            "  treatywatch status --treaty APMBC --on 2025-07-01 --as-known-on 2025-06-26 LTU",
            "",
            "Exit codes: 0 ok, 2 unknown state or treaty, or a bad date."
        })
public final class StatusCommand implements Callable<Integer> {

    @Option(names = "--treaty", paramLabel = "TREATY",
            description = "APMBC or CCM (or a name such as \"Ottawa Convention\"); default: both.")
    String treaty;

    @Option(names = "--on", paramLabel = "DATE", description = "Date (YYYY-MM-DD); default: today.")
    String on;

    @Option(names = "--json", description = "JSON Lines, one object per state and treaty, with the rule and events.")
    boolean json;

    @Option(names = "--only", paramLabel = "STATUS", split = ",",
            description = "Only states with this status (any case; several separated by commas), e.g. WITHDRAWING.")
    List<String> only = new ArrayList<>();

    @Option(names = "--as-known-on", paramLabel = "DATE",
            description = "Answer from the record as it stood at the end of this day (UTC): what was recorded by then,"
                    + " the shipped facts from the days their sources give; default: the record of now.")
    String asKnownOn;

    @Option(names = "--db", paramLabel = "DB",
            description = "Answer from this store's reference data (as serve does: the shipped release plus analysts' edits); default: the shipped files.")
    String db;

    @Parameters(arity = "0..*", paramLabel = "STATE", description = "States to show; default: every state.")
    List<String> states = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final StatusEngine defaults;

    public StatusCommand() {
        this(StatusEngine.defaults());
    }

    StatusCommand(StatusEngine engine) {
        this.defaults = engine;
    }

    /** The shipped data, or with {@code --db} the store's, synced to this release first as serve does. */
    private StatusEngine engine() {
        LocalDate known = asKnownOn == null ? null : DateOption.parse("--as-known-on", asKnownOn);
        if (db == null) {
            return known == null ? defaults
                    : StatusEngine.of(new RecordHistory(RecordHistory.shipped(defaults.data())).asKnownOn(defaults.data(), known));
        }
        try (Store s = StoreOption.of(db).open()) {
            StoredReferenceData.sync(s);
            return StatusEngine.of(known == null ? StoredReferenceData.load(s) : StoredReferenceData.asKnownOn(s, known));
        } catch (ReferenceDataException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private java.util.Set<StatusCode> only() {
        java.util.Set<StatusCode> codes = java.util.EnumSet.noneOf(StatusCode.class);
        for (String o : only) {
            try {
                codes.add(StatusCode.valueOf(o.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--only: unknown status '" + o.strip() + "'; one of "
                        + java.util.Arrays.stream(StatusCode.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        return codes;
    }

    @Override
    public Integer call() {
        java.util.Set<StatusCode> wanted = only();
        StatusEngine engine = engine();
        List<Treaty> treaties = Inputs.treaties(engine.data().treaties(), treaty);
        LocalDate date = Inputs.date("--on", on);
        List<State> chosen = states.stream().map(s -> Inputs.state(engine.data().states(), s)).distinct().toList();
        PrintWriter out = spec.commandLine().getOut();
        boolean first = true;
        for (Treaty t : treaties) {
            List<StatusAnswer> answers = (chosen.isEmpty()
                    ? engine.statusOfAll(t, date)
                    : chosen.stream().map(s -> engine.status(s, t, date)).toList())
                    .stream().filter(a -> wanted.isEmpty() || wanted.contains(a.code())).toList();
            if (json) {
                answers.forEach(a -> out.println(Json.write(Json.answer(a, engine.deadlines(a.state(), t)))));
                continue;
            }
            if (!first) {
                out.println();
            }
            first = false;
            out.println(t.code() + " (" + t.shortName() + ") on " + date
                    + (asKnownOn == null ? "" : ", as the record stood on " + DateOption.parse("--as-known-on", asKnownOn)));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"state", "name", "status", "since", "next change"});
            for (StatusAnswer a : answers) {
                rows.add(new String[] {
                    a.state().alpha3(), a.state().name(), Text.statusWithDeclarations(a), Text.date(a.since()), Text.next(a.next())
                });
            }
            out.print(Text.table(rows));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
