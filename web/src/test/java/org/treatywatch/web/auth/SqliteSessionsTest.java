package org.treatywatch.web.auth;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Sessions in an SQLite file: a server restart, and two servers sharing the file. */
class SqliteSessionsTest extends StoredSessionsContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("sessions.db").toString();
    }
}
