package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.store.testing.Articles;

/** The store contract on a real SQLite file. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("sub/folder/treatywatch.db").toString();
    }

    @Test
    void sqliteFile_isInWalMode_andReadableByPlainJdbc() throws Exception {
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        assertThat(Files.exists(Path.of(location))).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location);
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM claims WHERE actor = 'EST'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    /**
     * The store's own connections (the pool's, not a plain one) write with the log and settings
     * that make a commit per document cheap and still whole after a crash: WAL, synchronous=NORMAL
     * (no fsync at a commit; a kill -9 loses nothing committed), foreign keys on, and a checkpoint
     * each 10,000 pages of log.
     */
    @Test
    void poolConnections_runWal_synchronousNormal_foreignKeys_andLargeCheckpoints() throws Exception {
        try (Connection c = ((JdbiStore) store).dataSource().getConnection()) {
            assertThat(pragma(c, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragma(c, "synchronous")).isEqualTo("1"); // NORMAL
            assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(c, "wal_autocheckpoint")).isEqualTo("10000");
            assertThat(pragma(c, "cache_size")).isEqualTo("-16384");
        }
    }

    private static String pragma(Connection c, String name) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("PRAGMA " + name)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void open_refusesAVersion2StoreWithNamesClashingInCase_untilResolved() throws Exception {
        assertVersion2StoreWithNamesClashingInCase_isRefusedUntilResolved(dir.resolve("made-by-v2.db").toString());
    }

    @Test
    void open_upgradesAStoreMadeBeforeSessions_keepingItsData() throws Exception {
        assertVersion1StoreGainsSessionsOnOpen(dir.resolve("made-by-v1.db").toString());
    }

    @Test
    void open_unsupportedUrl_failsWithOneLineReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Stores.open("jdbc:mysql://x/y"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("unsupported database URL");
    }
}
