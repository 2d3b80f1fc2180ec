package org.treatywatch.web.alerts;

import org.treatywatch.store.testing.PostgresServer;

/** Webhooks on a real PostgreSQL server started by the test. */
class PostgresWebhookTest extends WebhookContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }
}
