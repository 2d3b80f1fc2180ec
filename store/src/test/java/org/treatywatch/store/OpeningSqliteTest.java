package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.store.testing.Articles;

/**
 * Opening an SQLite store: never made by accident, a bad location told in one line, and another
 * process's write lock waited out when brief and reported when not (a real second connection holds
 * the lock, as another {@code treatywatch} or the {@code sqlite3} shell would).
 */
class OpeningSqliteTest {
    @TempDir
    Path dir;

    @Test
    void openExisting_refusesAMissingFile_andDoesNotMakeIt() {
        Path typo = dir.resolve("tretaywatch.db");

        assertThatThrownBy(() -> Stores.openExisting(typo.toString())).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("no store at " + typo + ": check --db");
        assertThat(typo).doesNotExist();
    }

    @Test
    void aFolder_isNamedAsSuch() {
        assertThatThrownBy(() -> Stores.open(dir.toString())).isInstanceOf(StoreException.class)
                .hasMessage(dir + " is a folder, not an SQLite store; give a file, e.g. " + dir.resolve("treatywatch.db"));
        assertThatThrownBy(() -> Stores.openExisting(dir.toString())).hasMessageContaining("is a folder");
    }

    @Test
    void openExisting_refusesAnSqliteFileThatHoldsNoStore() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE t (x INTEGER)");
        }

        assertThatThrownBy(() -> Stores.openExisting(other.toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining("holds no Treatywatch store");
    }

    @Test
    void open_saysWhenItMadeANewStore_onceOnly() {
        String location = dir.resolve("new/t.db").toString();
        List<String> made = new ArrayList<>();

        Stores.open(location, made::add).close();
        Stores.open(location, made::add).close();
        Stores.openExisting(location).close();

        assertThat(made).containsExactly(location);
    }

    /** Another connection that has begun a write transaction: it holds SQLite's write lock until closed. */
    private static Connection holdWriteLock(String location) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + location);
        c.createStatement().execute("BEGIN IMMEDIATE");
        c.createStatement().execute("UPDATE store_meta SET value = value");
        return c;
    }

    @Test
    void aStoreLockedByAnotherWriter_stillOpens_andABriefLockIsWaitedOut() throws Exception {
        String location = dir.resolve("t.db").toString();
        Stores.open(location).close();
        Connection other = holdWriteLock(location);
        try (Store store = Stores.openExisting(location)) { // reads its schema without the lock
            CompletableFuture<Long> added = CompletableFuture.supplyAsync(
                    () -> store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1"));
            Thread.sleep(1_000);
            assertThat(added).as("waits while the lock is held").isNotDone();
            other.close(); // the other writer finishes within the wait

            assertThat(added.get(30, TimeUnit.SECONDS)).isPositive();
            assertThat(store.countClaims()).isEqualTo(Articles.balticClaims().size());
        } finally {
            other.close();
        }
    }

    @Test
    void aLockHeldLongerThanTheWait_failsWithAClearMessage_andStoresNothing() throws Exception {
        String location = dir.resolve("t.db").toString();
        Stores.open(location).close();
        try (Store store = Stores.openExisting(location); Connection other = holdWriteLock(location)) {
            assertThatThrownBy(() -> store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1"))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessage("the database jdbc:sqlite:" + location + " is locked by another process (waited 15 s);"
                            + " try again when it has finished");
            other.createStatement().execute("ROLLBACK");
        }
        try (Store store = Stores.openExisting(location)) {
            assertThat(store.countDocuments()).isZero();
        }
        assertThat(Files.exists(Path.of(location))).isTrue();
    }
}
