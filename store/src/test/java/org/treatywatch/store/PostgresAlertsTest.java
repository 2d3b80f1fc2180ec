package org.treatywatch.store;

import org.junit.jupiter.api.Test;
import org.treatywatch.store.testing.PostgresServer;

/** Alerts on a real PostgreSQL server that the test starts itself. */
class PostgresAlertsTest extends AlertsContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }

    @Test
    void claimsStoredBeforeAlertsBecomeChanges() throws Exception {
        assertClaimsStoredBeforeAlertsBecomeChanges(PostgresServer.shared().newDatabaseUrl());
    }
}
