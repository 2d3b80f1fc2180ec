package org.treatywatch.core.record;

import org.treatywatch.core.participation.ArmedConflict;
import org.treatywatch.core.participation.Declaration;
import org.treatywatch.core.participation.ObligationExtension;
import org.treatywatch.core.participation.Participation;

/**
 * The four tables of the record that change over time, each with the natural key that names one
 * of its rows across versions: participation by treaty and state, armed conflicts by state and
 * start, declarations by treaty, state, date and kind, obligation extensions by treaty, state,
 * obligation and decision date.
 */
public enum RecordKind {
    PARTICIPATION, ARMED_CONFLICT, DECLARATION, OBLIGATION_EXTENSION;

    /** The kind of a row of the record; throws for anything else. */
    public static RecordKind of(Object row) {
        return switch (row) {
            case Participation p -> PARTICIPATION;
            case ArmedConflict c -> ARMED_CONFLICT;
            case Declaration d -> DECLARATION;
            case ObligationExtension e -> OBLIGATION_EXTENSION;
            default -> throw new IllegalArgumentException("not a row of the record: " + row);
        };
    }

    /** The key that names {@code row} across its versions ("APMBC/LTU", "UKR/2014-02-20"). */
    public static String key(Object row) {
        return switch (row) {
            case Participation p -> p.treaty() + "/" + p.state();
            case ArmedConflict c -> c.state() + "/" + c.start();
            case Declaration d -> d.treaty() + "/" + d.state() + "/" + d.date() + "/" + d.kind();
            case ObligationExtension e -> e.treaty() + "/" + e.state() + "/" + e.obligation() + "/" + e.decided();
            default -> throw new IllegalArgumentException("not a row of the record: " + row);
        };
    }

    /** The lower-case name used in the store and in exports ("armed_conflict"). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
