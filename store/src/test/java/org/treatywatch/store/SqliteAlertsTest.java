package org.treatywatch.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alerts on a real SQLite file. */
class SqliteAlertsTest extends AlertsContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("alerts.db").toString();
    }

    @Test
    void claimsStoredBeforeAlertsBecomeChanges() throws Exception {
        assertClaimsStoredBeforeAlertsBecomeChanges(dir.resolve("made-by-v4.db").toString());
    }
}
