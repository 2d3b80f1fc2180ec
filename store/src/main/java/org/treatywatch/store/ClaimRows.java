package org.treatywatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading {@link ClaimRow}s: the columns the claims list shows, and nothing else. */
final class ClaimRows {
    /** In {@link ClaimRow}'s order, read by position (by name costs a scan of the names per value in sqlite-jdbc). */
    static final String COLUMNS = """
            c.id, c.document_id, d.external_id, c.type, c.actor, c.modality, c.treaty, c.stage, c.weapon,
            c.recipient, c.alleged_by, c.quantity_min, c.quantity_max, c.quantity_unit, c.amount_min,
            c.amount_max, c.amount_currency, c.when_text, c.speaker_name, c.speaker_role, c.speaker_actor,
            c.evidence_start, c.evidence_end, c.evidence_text, c.origin, c.review_state, c.reviewed_by,
            c.reviewed_at, c.extractor_version, c.published, d.title, d.url, d.outlet""";

    private ClaimRows() {}

    /**
     * Hands the first {@code limit} rows of {@code rs} to {@code rows}.
     *
     * @return the cursor after them when {@code rs} has another row, else null
     */
    static String read(ResultSet rs, int limit, ClaimRow.Sink rows) throws SQLException {
        int n = 0;
        long last = 0;
        while (rs.next()) {
            if (n == limit) {
                return JdbiStore.Cursors.encode(last);
            }
            ClaimRow row = row(rs);
            rows.accept(row);
            last = row.id();
            n++;
        }
        return null;
    }

    private static ClaimRow row(ResultSet rs) throws SQLException {
        return new ClaimRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                JdbiStore.getLong(rs, 12), JdbiStore.getLong(rs, 13), rs.getString(14), JdbiStore.getDouble(rs, 15), JdbiStore.getDouble(rs, 16),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21),
                rs.getInt(22), rs.getInt(23), rs.getString(24), rs.getString(25), rs.getString(26), rs.getString(27),
                Times.parseInstant(rs.getString(28)), rs.getString(29), Times.parseDate(rs.getString(30)),
                rs.getString(31), rs.getString(32), rs.getString(33));
    }
}
