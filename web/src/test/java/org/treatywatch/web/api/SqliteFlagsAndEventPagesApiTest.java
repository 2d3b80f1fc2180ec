package org.treatywatch.web.api;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Flags' filters and an event's pages of reports on an SQLite file. */
class SqliteFlagsAndEventPagesApiTest extends FlagsAndEventPagesApiContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("flags-api.db").toString();
    }
}
