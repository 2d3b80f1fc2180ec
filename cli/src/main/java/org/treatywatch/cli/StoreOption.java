package org.treatywatch.cli;

import org.treatywatch.store.Store;
import org.treatywatch.store.StoreException;
import org.treatywatch.store.Stores;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option that every command using the store shares: a file path (SQLite, default
 * {@code ./treatywatch.db}), a {@code jdbc:sqlite:} or a {@code jdbc:postgresql:} URL; without it,
 * {@code $TREATYWATCH_DB}. Only the commands that fill a store make one where there is none
 * ({@link #openOrCreate}: {@code ingest}, {@code import}, {@code serve}, {@code user add}), and
 * say so on stderr; the others ({@code export}, {@code user token}) refuse a location without a
 * store, so a mistyped path is an error, not an empty export.
 */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "DB",
            description = "SQLite file or jdbc:postgresql://HOST/DB?user=...; default $TREATYWATCH_DB, else ./treatywatch.db")
    String db;

    /** The option as if given {@code --db db} (null: the default). */
    public static StoreOption of(String db) {
        StoreOption o = new StoreOption();
        o.db = db;
        return o;
    }

    /** Opens the existing store, or a {@link UsageException} with the reason (exit code 2). */
    public Store open() {
        try {
            return Stores.openExisting(Stores.location(db));
        } catch (StoreException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * Opens the store, making it when there is none (and saying so on {@code err}), or a
     * {@link UsageException} with the reason.
     */
    public Store openOrCreate(java.io.PrintWriter err) {
        try {
            return Stores.open(Stores.location(db), where -> {
                err.println("treatywatch: made a new store at " + where);
                err.flush();
            });
        } catch (StoreException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
