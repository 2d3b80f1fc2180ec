package org.treatywatch.store.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 9: {@code store_meta.claims_version}, a number that every change to a claim
 * (insert, update, delete) or to a document (update, delete) raises in the same transaction, by
 * triggers, whichever process writes. A server keeps rendered pages of the claims list under it
 * ({@code Store#claimsVersion}) and sees another writer's change (an {@code ingest} beside
 * {@code serve}) as soon as it reads the number again. A Java migration because the triggers are
 * written differently in SQLite and PostgreSQL; PostgreSQL's fire once per statement, so a
 * document's ten claims cost one update, not ten.
 */
public final class V9__Claims_version extends BaseJavaMigration {
    private static final String BUMP =
            "UPDATE store_meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE name = 'claims_version'";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO store_meta (name, value) VALUES ('claims_version', '0')");
            if (postgres) {
                st.execute("CREATE FUNCTION bump_claims_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + BUMP + "; RETURN NULL; END $$");
                st.execute("CREATE TRIGGER claims_changed AFTER INSERT OR UPDATE OR DELETE ON claims"
                        + " FOR EACH STATEMENT EXECUTE FUNCTION bump_claims_version()");
                st.execute("CREATE TRIGGER documents_changed AFTER UPDATE OR DELETE ON documents"
                        + " FOR EACH STATEMENT EXECUTE FUNCTION bump_claims_version()");
                return;
            }
            for (String[] t : new String[][] {{"claims", "INSERT"}, {"claims", "UPDATE"}, {"claims", "DELETE"},
                    {"documents", "UPDATE"}, {"documents", "DELETE"}}) {
                st.execute("CREATE TRIGGER " + t[0] + "_changed_" + t[1].toLowerCase(java.util.Locale.ROOT)
                        + " AFTER " + t[1] + " ON " + t[0] + " BEGIN " + BUMP.replace("BIGINT", "INTEGER") + "; END");
            }
        }
    }
}
