package org.treatywatch.web.api;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The record's API on a real SQLite file. */
class SqliteRecordApiTest extends RecordApiContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("record-api.db").toString();
    }
}
