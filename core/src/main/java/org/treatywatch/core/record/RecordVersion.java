package org.treatywatch.core.record;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of one row of the record, with its transaction time: when it was recorded and by
 * whom, beside the dates the row itself is about. A version whose row is null records that the
 * row was removed.
 *
 * @param kind       which table
 * @param key        the row's natural key ({@link RecordKind#key})
 * @param row        a {@code Participation}, {@code ArmedConflict}, {@code Declaration} or
 *                   {@code ObligationExtension}, or null for a removal
 * @param recordedAt when the record took this version
 * @param recordedBy who recorded it: an analyst, or {@code seed} for the shipped data
 * @param source     what it was recorded from: a C.N. reference, a shipped file, or empty
 */
public record RecordVersion(RecordKind kind, String key, Object row, Instant recordedAt, String recordedBy, String source) {
    public RecordVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        source = source == null ? "" : source;
        if (row != null && (RecordKind.of(row) != kind || !RecordKind.key(row).equals(key))) {
            throw new IllegalArgumentException("a " + kind.word() + " version keyed " + key + " holds another row: " + row);
        }
    }

    /** A version of {@code row}, its kind and key taken from it. */
    public static RecordVersion of(Object row, Instant recordedAt, String recordedBy, String source) {
        return new RecordVersion(RecordKind.of(row), RecordKind.key(row), row, recordedAt, recordedBy, source);
    }

    public boolean removed() {
        return row == null;
    }
}
