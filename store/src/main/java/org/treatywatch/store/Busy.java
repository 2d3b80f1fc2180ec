package org.treatywatch.store;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Waiting out SQLite's write lock. Each statement waits {@link #TIMEOUT_MILLIS} for it (SQLite's
 * busy timeout); a unit of work that still finds the database busy (a transaction, which rolled
 * back, or one statement) is run again, {@link #ATTEMPTS} times in all, and then fails with a
 * {@link StoreLockedException} that says so, instead of a driver error. A lock held for a few
 * seconds (another ingest's transaction, a backup) is thus never an error.
 */
final class Busy {
    static final int TIMEOUT_MILLIS = 5_000;
    static final int ATTEMPTS = 3;

    private Busy() {}

    /** Runs {@code work}, again while the database is locked; {@code what} names the database. */
    static <T> T retry(String what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!locked(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new StoreLockedException(what + " is locked by another process (waited "
                            + ATTEMPTS * TIMEOUT_MILLIS / 1000 + " s); try again when it has finished", e);
                }
            }
        }
    }

    /** Whether {@code e} or one of its causes is SQLite's "database is locked" or "busy". */
    static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s) {
                SQLiteErrorCode code = s.getResultCode();
                if (code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code
                        || code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_LOCKED.code) {
                    return true;
                }
            }
            if (t instanceof SQLException s && s.getMessage() != null && s.getMessage().contains("SQLITE_BUSY")) {
                return true;
            }
        }
        return false;
    }
}
