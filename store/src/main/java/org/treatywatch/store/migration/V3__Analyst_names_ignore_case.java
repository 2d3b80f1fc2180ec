package org.treatywatch.store.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 3: an analyst's name is one account whatever its case ({@code alice} and
 * {@code ALICE} are the same person signing in), enforced by a unique index on {@code LOWER(name)}
 * (names are ASCII, {@code [A-Za-z0-9._@-]}, so both databases lower them alike).
 *
 * <p>A store that already holds names differing only in case cannot get the index: the migration
 * then refuses, naming every clash and saying how to resolve it, and changes nothing (the store
 * stays at version 2 until an administrator renames or removes the extra accounts). A Java
 * migration rather than SQL only so that it can say that; registered explicitly by {@code Stores}.
 */
public final class V3__Analyst_names_ignore_case extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<String> clashes = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT a.name FROM analysts a
                        WHERE (SELECT COUNT(*) FROM analysts b WHERE LOWER(b.name) = LOWER(a.name)) > 1
                        ORDER BY LOWER(a.name), a.id""")) {
            while (rs.next()) {
                clashes.add(rs.getString(1));
            }
        }
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("analysts' names are now one account whatever their case, and these"
                    + " differ only in case: " + String.join(", ", clashes) + "; keep one of each (rename the others,"
                    + " e.g. UPDATE analysts SET name = 'alice2' WHERE name = 'ALICE', or delete them), then run again");
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE UNIQUE INDEX analysts_name_ignore_case ON analysts (LOWER(name))");
        }
    }
}
