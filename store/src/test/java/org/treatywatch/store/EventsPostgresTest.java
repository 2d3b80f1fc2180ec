package org.treatywatch.store;

import org.treatywatch.store.testing.PostgresServer;

/** Stories and events on the real PostgreSQL server the store tests start. */
class EventsPostgresTest extends EventsContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }
}
