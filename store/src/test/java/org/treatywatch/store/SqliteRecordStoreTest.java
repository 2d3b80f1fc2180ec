package org.treatywatch.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The record's history and notices on a real SQLite file. */
class SqliteRecordStoreTest extends RecordStoreContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("record.db").toString();
    }
}
