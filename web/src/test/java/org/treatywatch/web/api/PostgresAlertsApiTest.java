package org.treatywatch.web.api;

import org.treatywatch.store.testing.PostgresServer;

/** The alerts API on a real PostgreSQL server started by the test. */
class PostgresAlertsApiTest extends AlertsApiContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }
}
