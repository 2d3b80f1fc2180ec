package org.treatywatch.store;

import org.treatywatch.store.testing.PostgresServer;

/** The record's history and notices on a real PostgreSQL server that the test starts itself. */
class PostgresRecordStoreTest extends RecordStoreContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }
}
