package org.treatywatch.web.api;

import org.treatywatch.store.testing.PostgresServer;

/** The record's API on a real PostgreSQL server started by the test. */
class PostgresRecordApiTest extends RecordApiContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }
}
