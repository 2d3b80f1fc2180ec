package org.treatywatch.web.api;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The API contract on an SQLite file. */
class SqliteApiTest extends ApiContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("api.db").toString();
    }
}
