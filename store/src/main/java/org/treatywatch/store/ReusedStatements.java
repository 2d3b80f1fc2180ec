package org.treatywatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepared statements kept for reuse on each of the pool's connections, for a read that runs on
 * every request (the claims list). Neither sqlite-jdbc nor Hikari keeps statements (Hikari leaves
 * that to drivers), so every request prepared its statement afresh: a tenth of the claims list's
 * time on SQLite under load (JFR). pgjdbc keeps its server-side statements by SQL already; reusing
 * the JDBC statement still spares its parse.
 *
 * <p>Statements are prepared on the physical connection, which the pool hands to one thread at a
 * time, so each connection's statements are only used by the thread holding it; they live until
 * dropped from that connection's {@link #PER_CONNECTION} most recently used, or until the pool
 * closes the connection. A statement must be used in full (its result set closed) before the
 * connection goes back to the pool.
 */
final class ReusedStatements {
    /** The most statements kept per connection: the filters of the claims list in use at once. */
    static final int PER_CONNECTION = 32;
    private static final Pattern NAMED = Pattern.compile(":([A-Za-z][A-Za-z0-9_]*)");

    /** SQL with {@code :name} parameters as JDBC's {@code ?} and the names in their order. */
    record Positional(String sql, List<String> names) {
        static Positional of(String named) {
            List<String> names = new ArrayList<>();
            Matcher m = NAMED.matcher(named);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(sql, "?");
            }
            m.appendTail(sql);
            return new Positional(sql.toString(), List.copyOf(names));
        }
    }

    /** A statement ready for reuse, with the names of its parameters. */
    private record Kept(PreparedStatement statement, List<String> names) {}

    private final int poolSize;
    private final Map<Connection, Map<String, Kept>> byConnection = new IdentityHashMap<>();

    /** @param poolSize the most connections the pool holds at once */
    ReusedStatements(int poolSize) {
        this.poolSize = poolSize;
    }

    /**
     * The statement for {@code namedSql} (parameters as {@code :name}) on {@code pooled}, bound to
     * {@code params} by name; prepared when this connection has none for it.
     */
    PreparedStatement bound(Connection pooled, String namedSql, Map<String, Object> params) throws SQLException {
        Connection physical = pooled.unwrap(Connection.class);
        Map<String, Kept> kept = statementsOf(physical);
        Kept k = kept.get(namedSql);
        if (k == null || k.statement().isClosed()) {
            Positional p = Positional.of(namedSql);
            k = new Kept(physical.prepareStatement(p.sql()), p.names());
            kept.put(namedSql, k);
        }
        PreparedStatement st = k.statement();
        List<String> names = k.names();
        for (int i = 0; i < names.size(); i++) {
            if (!params.containsKey(names.get(i))) {
                throw new IllegalArgumentException("no value for :" + names.get(i) + " in " + namedSql);
            }
            st.setObject(i + 1, params.get(names.get(i)));
        }
        return st;
    }

    /** The statements of one connection, most recently used last; forgets connections the pool has closed. */
    private synchronized Map<String, Kept> statementsOf(Connection physical) throws SQLException {
        Map<String, Kept> kept = byConnection.get(physical);
        if (kept == null) {
            if (byConnection.size() >= poolSize) {
                List<Connection> closed = new ArrayList<>();
                for (Connection c : byConnection.keySet()) {
                    if (c.isClosed()) {
                        closed.add(c);
                    }
                }
                closed.forEach(byConnection::remove);
            }
            kept = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                    if (size() <= PER_CONNECTION) {
                        return false;
                    }
                    try {
                        eldest.getValue().statement().close();
                    } catch (SQLException e) {
                        // dropped either way; the connection frees it when it closes
                    }
                    return true;
                }
            };
            byConnection.put(physical, kept);
        }
        return kept;
    }
}
