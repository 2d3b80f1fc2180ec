package org.treatywatch.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Events' kept figures on a real SQLite file. */
class EventFiguresSqliteTest extends EventFiguresContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("figures.db").toString();
    }
}
