package org.treatywatch.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.treatywatch.cli.Main;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.notice.NoticeAction;
import org.treatywatch.core.participation.Participation;
import org.treatywatch.core.participation.ReferenceData;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;
import org.treatywatch.store.reference.RecordChanges;
import org.treatywatch.store.reference.StoredReferenceData;

/** {@code status --as-known-on}: the record as it stood on a day, before and after a recorded change. */
@Isolated("replaces System.out and System.err")
class AsKnownOnTest {
    record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(out, args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void aWithdrawalNotifiedOnOneDay_andRecordedTwoDaysLater_isKnownFromTheDayOfRecording(@TempDir Path dir) {
        String db = dir.resolve("s.db").toString();
        try (Store store = Stores.open(db)) {
            // the record before Lithuania's APMBC withdrawal, then its notice: deposited on
            // 2025-06-27, proposed on the 28th, confirmed on the 29th
            ReferenceData d = ReferenceData.defaults();
            Participation ltu = d.participation("APMBC", "LTU").orElseThrow();
            List<Participation> rows = new ArrayList<>(d.participation());
            rows.remove(ltu);
            rows.add(new Participation("APMBC", "LTU", ltu.signed(), ltu.instrument(), ltu.deposited(), null, null, ""));
            StoredReferenceData.sync(store, d.withParticipation(rows));
            Notice n = new Notice("C.N.301.2025.TREATIES-XXVI.5", LocalDate.of(2025, 6, 27), "APMBC", "LTU",
                    NoticeAction.WITHDRAWAL, LocalDate.of(2025, 6, 27), LocalDate.of(2025, 12, 27), "", "ltu.txt");
            long id = RecordChanges.propose(store, n, "ana", Instant.parse("2025-06-28T10:00:00Z")).change().id();
            RecordChanges.confirm(store, id, "bo", Instant.parse("2025-06-29T16:00:00Z"), null);
        }
        Result before = run("status", "--db", db, "--treaty", "APMBC", "--on", "2025-07-01", "--as-known-on", "2025-06-28", "LTU");
        Result after = run("status", "--db", db, "--treaty", "APMBC", "--on", "2025-07-01", "--as-known-on", "2025-06-29", "LTU");
        assertThat(before.exit()).isZero();
        assertThat(before.out()).contains("as the record stood on 2025-06-28").contains("LTU    Lithuania  PARTY");
        assertThat(after.out()).contains("LTU    Lithuania  WITHDRAWING  2025-06-27  WITHDRAWN on 2025-12-27");
        assertThat(run("status", "--db", db, "--treaty", "APMBC", "--on", "2025-07-01", "LTU").out()).contains("WITHDRAWING");
    }

    @Test
    void withoutAStore_theShippedFactsCountFromTheDaysOfTheirSources() {
        assertThat(run("status", "--treaty", "APMBC", "--on", "2025-07-01", "--as-known-on", "2025-06-26", "LTU").out())
                .contains("LTU    Lithuania  PARTY");
        assertThat(run("status", "--treaty", "APMBC", "--on", "2025-07-01", "--as-known-on", "2025-06-27", "LTU").out())
                .contains("LTU    Lithuania  WITHDRAWING");
        Result bad = run("status", "--as-known-on", "yesterday", "LTU");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("treatywatch: --as-known-on: \"yesterday\" is not a date");
    }
}
