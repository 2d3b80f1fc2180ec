package org.treatywatch.cli.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatywatch.cli.DateOption;
import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.OutputException;
import org.treatywatch.cli.StoreOption;
import org.treatywatch.cli.UsageException;
import org.treatywatch.cli.status.Inputs;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.TreatyRegistry;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.core.status.StatusEngine;
import org.treatywatch.core.treaty.Treaty;
import org.treatywatch.store.ClaimQuery;
import org.treatywatch.store.ReviewState;
import org.treatywatch.store.Store;
import org.treatywatch.store.event.EventQuery;
import org.treatywatch.store.export.Exports;
import org.treatywatch.store.reference.ReferenceDataException;
import org.treatywatch.store.reference.StoredReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code treatywatch export claims|events|stories|status --format csv|json}: the open-data tables, the
 * same as {@code GET /api/v1/export/claims} (and {@code events}, {@code stories}, {@code status}), to
 * stdout or {@code -o FILE}.
 * Status comes from the store's reference data (an analyst's edits included), claims from the store.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the claims table, the status table or the record's history as CSV or JSON (open data).",
                "claims: every stored claim (filters: --state, --type, --review, --treaty).",
                "events: every event, one act reported across documents (filters: --state, --type, --treaty).",
                "stories: every document of every story (an article and its copies).",
                "status: every current state's status on a date (--on, default today) per treaty.",
                "record: every version of every row of the participation, armed-conflict, declaration and"
                        + " obligation-extension record, with when, by whom and from what it was recorded."})
public final class ExportCommand implements Callable<Integer> {
    enum Table { claims, events, stories, status, record }

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "claims|events|stories|status|record", description = "Which table.")
    Table table;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--on", description = "status: the date, YYYY-MM-DD (default today, UTC).")
    String on;

    @Option(names = "--treaty", description = "Only this treaty (APMBC, CCM).")
    String treaty;

    @Option(names = "--state", description = "claims: only claims about this state (code, name or adjective, as status takes it).")
    String state;

    @Option(names = "--type", description = "claims: only this claim type.")
    ClaimType type;

    @Option(names = "--review", description = "claims: only this review state (PENDING, ACCEPTED, REJECTED, EDITED).")
    ReviewState review;

    @Option(names = {"-o", "--output"}, description = "Write to FILE instead of stdout.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Exports.Format f;
        try {
            f = Exports.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        LocalDate date = on == null ? LocalDate.now(ZoneOffset.UTC) : DateOption.parse("--on", on);
        String actor = state == null ? null : Inputs.state(StateRegistry.standard(), state).alpha3();
        try (Store s = store.open(); Writer out = writer()) {
            long rows = write(s, f, date, actor, out);
            if (output == null && spec.commandLine().getOut().checkError()) {
                throw OutputException.stdout();
            }
            if (output != null) {
                spec.commandLine().getErr().println("export: " + rows + " rows written to " + output);
            }
        } catch (IOException e) {
            throw output == null ? OutputException.stdout() : new OutputException(output.toString(), e);
        }
        return ExitCodes.OK;
    }

    private long write(Store s, Exports.Format f, LocalDate date, String actor, Writer out) throws IOException {
        if (table == Table.claims) {
            ClaimQuery q = ClaimQuery.all()
                    .withActor(actor)
                    .withType(type)
                    .withReview(review)
                    .withTreaty(treaty == null ? null : Inputs.treaty(TreatyRegistry.standard(), treaty).code());
            return Exports.claims(s, q, f, out);
        }
        if (table == Table.events) {
            EventQuery q = EventQuery.all().withActor(actor).withType(type)
                    .withTreaty(treaty == null ? null : Inputs.treaty(TreatyRegistry.standard(), treaty).code());
            return Exports.events(s, q, f, out);
        }
        if (table == Table.stories) {
            return Exports.stories(s, false, f, out);
        }
        ReferenceData data;
        try {
            StoredReferenceData.sync(s);
            if (table == Table.record) {
                return Exports.record(s.records().history(), f, out);
            }
            data = StoredReferenceData.load(s);
        } catch (ReferenceDataException e) {
            throw new UsageException(e.getMessage(), e);
        }
        List<Treaty> treaties = Inputs.treaties(data.treaties(), treaty);
        return Exports.status(Exports.statusTable(StatusEngine.of(data), date, treaties), f, out);
    }

    /** {@code -o FILE}, or stdout (picocli's writer, which {@link org.treatywatch.cli.Main} points at {@link org.treatywatch.cli.StandardOutput}). */
    private Writer writer() {
        if (output == null) {
            return new FilterWriter(spec.commandLine().getOut()) {
                @Override
                public void close() {
                    // never close stdout; the caller checks it for errors
                }
            };
        }
        try {
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }
}
