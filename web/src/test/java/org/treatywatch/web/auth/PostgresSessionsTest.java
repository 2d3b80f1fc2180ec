package org.treatywatch.web.auth;

import org.treatywatch.store.testing.PostgresServer;

/** Sessions in a real PostgreSQL database (the team setup): two servers over one database. */
class PostgresSessionsTest extends StoredSessionsContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }
}
