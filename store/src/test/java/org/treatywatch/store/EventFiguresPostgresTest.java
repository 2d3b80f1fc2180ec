package org.treatywatch.store;

import org.treatywatch.store.testing.PostgresServer;

/** Events' kept figures on the real PostgreSQL server the store tests start. */
class EventFiguresPostgresTest extends EventFiguresContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }
}
