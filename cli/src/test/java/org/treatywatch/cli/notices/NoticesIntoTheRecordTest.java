package org.treatywatch.cli.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.cli.testing.CliRun;
import org.treatywatch.store.Store;
import org.treatywatch.store.StoredChange;
import org.treatywatch.store.Stores;

/** {@code treatywatch notices --db}: each notice read is proposed to the store's record, once (issue 12, point 2). */
class NoticesIntoTheRecordTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String EXAMPLES = "docs/examples/notices/";

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.with(CliRun.replacing(NoticesCommand.class, () -> {
            NoticesCommand c = new NoticesCommand();
            c.workingDirectory = ROOT;
            return c;
        }), args);
    }

    @Test
    void eachNoticeIsProposedOnce_andWhatTheRecordAlreadySaysProposesNothing() {
        String db = dir.resolve("s.db").toString();
        Stores.open(db).close();
        CliRun r = run("notices", "--db", db, "--by", "alice", EXAMPLES + "withdrawal.txt", EXAMPLES + "objection.txt",
                EXAMPLES + "other-treaty.txt");
        assertThat(r.exit()).as("one input failed, the others went through").isEqualTo(1);
        assertThat(r.err()).contains("other-treaty.txt");
        List<String> said = r.out().lines().filter(l -> l.startsWith("C.N.") && l.contains(": ")).filter(l -> !l.contains("  ")).toList();
        assertThat(said).hasSize(2);
        assertThat(said.get(0)).startsWith("C.N.9001.2025.TREATIES-XXVI.5: the record already says this (Lithuania: WITHDRAWING -> WITHDRAWING")
                .endsWith("nothing proposed");
        assertThat(said.get(1)).contains(": proposed #1: ").contains("(declared objection");
        try (Store store = Stores.open(db)) {
            List<StoredChange> proposed = store.records().changes(StoredChange.Status.PROPOSED, 10);
            assertThat(proposed).hasSize(1);
            assertThat(proposed.get(0).proposedBy()).isEqualTo("alice");
            assertThat(proposed.get(0).kind().word()).isEqualTo("declaration");
        }
        CliRun again = run("notices", "--db", db, EXAMPLES + "objection.txt");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("seen before (change #1, proposed); nothing proposed");
        assertThat(run("notices", EXAMPLES + "objection.txt").out()).as("without --db nothing is proposed").doesNotContain("proposed");
    }
}
