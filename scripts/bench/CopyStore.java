import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;

/**
 * Copies an SQLite store into an empty PostgreSQL database for api-load.sh, so that both backends
 * serve the same documents, claims, events and flags (an ingest of 100,000 documents into
 * PostgreSQL would take hours more on this machine). The schema is the store's own (Flyway, by
 * opening it); then every table is copied row by row in the order the migrations made them,
 * except the search terms and the MinHash bands, which the event and flag endpoints never read
 * (the copy's free-text search and copy check find nothing), and each id sequence is moved past
 * the copied ids.
 *
 * <p>Run: {@code java -cp cli/target/treatywatch.jar scripts/bench/CopyStore.java SQLITE_FILE JDBC_URL}
 */
public class CopyStore {
    static final Set<String> SKIPPED = Set.of("flyway_schema_history", "sqlite_sequence", "document_terms", "claim_terms",
            "minhash_bands");

    public static void main(String[] args) throws Exception {
        String from = args[0];
        String to = args[1];
        long t0 = System.nanoTime();
        try (Store store = Stores.open(to)) {
            // the schema, made by opening the store
        }
        try (Connection src = DriverManager.getConnection("jdbc:sqlite:" + from);
             Connection dst = DriverManager.getConnection(to)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = src.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")) {
                while (rs.next()) {
                    if (!SKIPPED.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            dst.setAutoCommit(false);
            try (Statement s = dst.createStatement()) {
                for (int i = tables.size() - 1; i >= 0; i--) {
                    s.executeUpdate("DELETE FROM " + tables.get(i)); // what opening the store put there
                }
            }
            for (String table : tables) {
                long rows = copy(src, dst, table);
                System.err.printf("copy: %s, %d rows%n", table, rows);
            }
            dst.commit();
        }
        System.err.printf("copy: done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    static long copy(Connection src, Connection dst, String table) throws Exception {
        long rows = 0;
        try (Statement q = src.createStatement(); ResultSet rs = q.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= n; c++) {
                columns.add(md.getColumnName(c));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement insert = dst.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int c = 1; c <= n; c++) {
                        insert.setObject(c, rs.getObject(c));
                    }
                    insert.addBatch();
                    if (++rows % 2000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            if (columns.contains("id")) {
                try (Statement s = dst.createStatement()) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + "(SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + "), false)");
                }
            }
        }
        return rows;
    }
}
