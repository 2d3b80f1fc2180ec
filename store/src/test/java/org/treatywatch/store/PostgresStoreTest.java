package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatywatch.store.testing.PostgresServer;

/** The store contract on a real PostgreSQL server that the test starts itself. */
class PostgresStoreTest extends StoreContract {
    @Override
    String newLocation() {
        return PostgresServer.shared().newDatabaseUrl();
    }

    @Test
    void open_refusesAVersion2StoreWithNamesClashingInCase_untilResolved() throws Exception {
        assertVersion2StoreWithNamesClashingInCase_isRefusedUntilResolved(PostgresServer.shared().newDatabaseUrl());
    }

    @Test
    void open_upgradesAStoreMadeBeforeSessions_keepingItsData() throws Exception {
        assertVersion1StoreGainsSessionsOnOpen(PostgresServer.shared().newDatabaseUrl());
    }

    @Test
    void postgres_isTheDialect() {
        assertThat(store.dialect()).isEqualTo(Dialect.POSTGRESQL);
    }
}
