package org.treatywatch.web.api;

import org.treatywatch.store.testing.PostgresServer;

/** Flags' filters and an event's pages of reports on a real PostgreSQL server started by the test. */
class PostgresFlagsAndEventPagesApiTest extends FlagsAndEventPagesApiContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }
}
