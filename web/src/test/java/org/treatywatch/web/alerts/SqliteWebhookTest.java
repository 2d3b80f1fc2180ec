package org.treatywatch.web.alerts;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Webhooks on an SQLite file. */
class SqliteWebhookTest extends WebhookContract {
    @TempDir
    Path dir;

    @Override
    String newLocation() {
        return dir.resolve("webhooks.db").toString();
    }
}
