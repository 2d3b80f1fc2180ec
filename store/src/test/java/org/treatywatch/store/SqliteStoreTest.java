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
