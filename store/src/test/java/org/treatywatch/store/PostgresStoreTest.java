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
    void everyConnection_plansEachStatementForItsValues_neverAGenericPlanThatScansTheClaims() throws Exception {
        javax.sql.DataSource pool = ((JdbiStore) store).dataSource();
        java.util.List<java.sql.Connection> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) { // the pool's first and then fresh ones
                java.sql.Connection c = pool.getConnection();
                held.add(c);
                try (var rs = c.createStatement().executeQuery("SHOW plan_cache_mode")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
                }
            }
        } finally {
            for (java.sql.Connection c : held) {
                c.close();
            }
        }
    }

    @Test
    void postgres_isTheDialect() {
        assertThat(store.dialect()).isEqualTo(Dialect.POSTGRESQL);
    }
}
