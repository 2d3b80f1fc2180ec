package org.treatywatch.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Stories and events on a real SQLite file. */
class EventsSqliteTest extends EventsContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("events.db").toString();
    }
}
