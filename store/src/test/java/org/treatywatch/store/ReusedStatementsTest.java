package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatywatch.store.testing.Articles;

/** Statements kept per connection of a real SQLite store's pool. */
class ReusedStatementsTest {
    private static final String BY_ACTOR = "SELECT id FROM claims WHERE actor = :actor AND id < :after ORDER BY id DESC LIMIT :limit";

    @TempDir
    Path dir;
    private JdbiStore store;
    private final ReusedStatements statements = new ReusedStatements(8);

    @BeforeEach
    void open() {
        store = (JdbiStore) Stores.open(dir.resolve("s.db").toString());
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        store.addDocument(Articles.nordic(), Articles.nordicClaims(), "x1");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void positional_turnsNamesIntoQuestionMarks_inOrder() {
        ReusedStatements.Positional p = ReusedStatements.Positional.of(BY_ACTOR);
        assertThat(p.sql()).isEqualTo("SELECT id FROM claims WHERE actor = ? AND id < ? ORDER BY id DESC LIMIT ?");
        assertThat(p.names()).containsExactly("actor", "after", "limit");
    }

    @Test
    void aConnection_getsTheSameStatementBackForTheSameSql_boundToEachCallsValues() throws Exception {
        try (Connection c = store.dataSource().getConnection()) {
            PreparedStatement first = statements.bound(c, BY_ACTOR, Map.of("actor", "FIN", "after", 1_000_000L, "limit", 10));
            List<Long> fin = ids(first);
            PreparedStatement again = statements.bound(c, BY_ACTOR, Map.of("actor", "EST", "after", 1_000_000L, "limit", 10));
            assertThat(again).isSameAs(first);
            List<Long> est = ids(again);
            assertThat(fin).isNotEmpty().doesNotContainAnyElementsOf(est);
            assertThat(est).isEqualTo(store.claims(ClaimQuery.all().withActor("EST")).items().stream().map(StoredClaim::id).toList());
        }
    }

    @Test
    void theLeastRecentlyUsedStatement_isClosedBeyondTheBound() throws Exception {
        try (Connection c = store.dataSource().getConnection()) {
            PreparedStatement oldest = statements.bound(c, "SELECT 0 WHERE 1 = :x", Map.of("x", 1));
            for (int i = 1; i <= ReusedStatements.PER_CONNECTION; i++) {
                statements.bound(c, "SELECT " + i + " WHERE 1 = :x", Map.of("x", 1));
            }
            assertThat(oldest.isClosed()).isTrue();
            assertThat(statements.bound(c, "SELECT 0 WHERE 1 = :x", Map.of("x", 1))).isNotSameAs(oldest);
        }
    }

    @Test
    void aMissingValue_isRefused_namingIt() throws Exception {
        try (Connection c = store.dataSource().getConnection()) {
            assertThatThrownBy(() -> statements.bound(c, BY_ACTOR, Map.of("actor", "FIN", "limit", 10)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":after");
        }
    }

    private static List<Long> ids(PreparedStatement st) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
