package org.treatywatch.web.api;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The alerts API on an SQLite file. */
class SqliteAlertsApiTest extends AlertsApiContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("alerts-api.db").toString();
    }
}
