package org.treatywatch.web.api;

import org.treatywatch.store.testing.PostgresServer;

/** The API contract on a real PostgreSQL server started by the test. */
class PostgresApiTest extends ApiContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }
}
