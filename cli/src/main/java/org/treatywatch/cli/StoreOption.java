package org.treatywatch.cli;

import org.treatywatch.store.Store;
import org.treatywatch.store.StoreException;
import org.treatywatch.store.Stores;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option that every command using the store shares: a file path (SQLite, default
 * {@code ./treatywatch.db}), a {@code jdbc:sqlite:} or a {@code jdbc:postgresql:} URL; without it,
 * {@code $TREATYWATCH_DB}.
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

    /** Opens the store, or a {@link UsageException} with the reason (exit code 2). */
    public Store open() {
        try {
            return Stores.open(Stores.location(db));
        } catch (StoreException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
