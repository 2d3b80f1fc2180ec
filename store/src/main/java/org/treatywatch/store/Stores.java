package org.treatywatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.sqlite.SQLiteConfig;
import org.treatywatch.store.migration.V3__Analyst_names_ignore_case;
import org.treatywatch.store.migration.V9__Claims_version;
import org.sqlite.SQLiteDataSource;

/**
 * Opens a {@link Store}: an SQLite file by default, or PostgreSQL for a URL starting
 * {@code jdbc:postgresql:}. Opening migrates the schema to the newest version (Flyway, scripts in
 * {@code db/migration}: V1 the schema, V2 the web app's sign-in sessions; V3, analysts' names
 * ignoring case, is the Java class {@link V3__Analyst_names_ignore_case}; V4 the reasons of
 * reviews; V7 alerts; V8 events' kept figures; V9, the claims' version that triggers raise, the
 * Java class {@link V9__Claims_version}; V10 the flags of an event by review state). A new script takes the
 * next free number, whichever module it serves: Flyway refuses to migrate a database that has run a
 * higher version than a pending script (it does not run scripts out of order), so the V1 comment's
 * old plan of V10 onwards for web would have blocked every later V3-V9. V1 itself is never edited,
 * since databases check its checksum.
 *
 * <p>SQLite runs with a write-ahead log ({@code journal_mode=WAL}): readers never wait for the
 * writer, and a process killed mid-transaction leaves the last committed state. Write transactions
 * start {@code IMMEDIATE}; one that finds another process holding the lock waits for it and is
 * retried ({@link Busy}: 3 times 5 s), then fails with a {@link StoreLockedException}, so several
 * processes (an ingest and a server) can share one file.
 *
 * <p>{@link #open} makes a store where there is none; {@link #openExisting} refuses to. Either
 * fails within seconds when the database cannot be reached (a folder given as the file, a
 * PostgreSQL server that does not answer: 5 s connect timeout, one attempt).
 */
public final class Stores {
    /** The default store, a file in the working directory. */
    public static final String DEFAULT_LOCATION = "treatywatch.db";
    /** The environment variable that names the database when {@code --db} is not given. */
    public static final String ENV = "TREATYWATCH_DB";

    private Stores() {}

    /** The location to use: {@code --db} if given, else {@code $TREATYWATCH_DB}, else the default file. */
    public static String location(String dbOption) {
        if (dbOption != null && !dbOption.isBlank()) {
            return dbOption;
        }
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? env : DEFAULT_LOCATION;
    }

    /** The JDBC URL for a location: a JDBC URL as is, a file path as an SQLite URL. */
    public static String jdbcUrl(String location) {
        return location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
    }

    /**
     * Opens the store at {@code location} (a file path, a {@code jdbc:sqlite:} or a
     * {@code jdbc:postgresql:} URL), creating it when there is none and migrating it to the newest
     * schema: for the commands that fill a store ({@code ingest}, {@code import}, {@code serve}).
     *
     * @throws StoreException with a one-line reason when the database cannot be opened or migrated
     */
    public static Store open(String location) {
        return open(location, true, created -> { });
    }

    /**
     * As {@link #open(String)}, telling {@code onCreated} (with the database's name) when it made a
     * new store, so that a command can say so: a mistyped path is then seen at once.
     */
    public static Store open(String location, java.util.function.Consumer<String> onCreated) {
        return open(location, true, onCreated);
    }

    /**
     * Opens the store at {@code location} as {@link #open} does, migrating an older schema, but
     * never makes one: a missing SQLite file, or a database without a Treatywatch schema, is a
     * {@link StoreException} (a mistyped {@code --db} must not export an empty store).
     */
    public static Store openExisting(String location) {
        return open(location, false, created -> { });
    }

    private static Store open(String location, boolean create, java.util.function.Consumer<String> onCreated) {
        String url = jdbcUrl(location);
        Dialect dialect;
        try {
            dialect = Dialect.of(url);
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage());
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setPoolName("treatywatch-" + dialect.name().toLowerCase());
        // One attempt at the first connection, failing at once: a bad --db is told in seconds,
        // not after the pool's 30 s of retries.
        cfg.setInitializationFailTimeout(1);
        cfg.setConnectionTimeout(30_000);
        if (dialect == Dialect.SQLITE) {
            prepareFile(Path.of(url.substring("jdbc:sqlite:".length())), create);
            cfg.addDataSourceProperty("journal_mode", "WAL");
            cfg.addDataSourceProperty("synchronous", "NORMAL");
            // A checkpoint (the log copied into the file, then fsync) each 40 MB of log rather than
            // SQLite's 4 MB: a document's transaction writes some 300 pages (its terms and bands
            // land all over their indexes), so the default checkpointed every few documents.
            cfg.addDataSourceProperty("wal_autocheckpoint", "10000");
            cfg.addDataSourceProperty("cache_size", "-16384"); // KiB a connection: the hot index pages stay in memory
            cfg.addDataSourceProperty("foreign_keys", "true");
            cfg.addDataSourceProperty("busy_timeout", Integer.toString(Busy.TIMEOUT_MILLIS));
            cfg.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            cfg.setMaximumPoolSize(8);
        } else {
            cfg.addDataSourceProperty("connectTimeout", "5"); // seconds, for an unreachable host
            cfg.addDataSourceProperty("loginTimeout", "10");
            // A plan for each statement's values: the driver prepares a statement it has run five
            // times, and PostgreSQL's generic plan for the claims of one state, blind to the state,
            // walks the whole claims table newest first when the state has none (556 ms against
            // under 1 ms by the index on (actor, id), 100,000 claims).
            cfg.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
            cfg.setMaximumPoolSize(16);
        }
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (Exception e) {
            throw new StoreException("cannot open the database " + redact(url) + ": " + rootMessage(e), e);
        }
        boolean created;
        String name = "the database " + redact(url);
        try {
            if (dialect == Dialect.SQLITE) {
                javax.sql.DataSource reading = sqliteForMigrations(url);
                created = Busy.retry(name, () -> migrate(reading, dialect, create, name));
            } else {
                created = migrate(ds, dialect, create, name);
            }
        } catch (FlywayException e) {
            ds.close();
            throw new StoreException("cannot migrate the database " + redact(url) + ": " + rootMessage(e), e);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        if (created) {
            onCreated.accept(dialect == Dialect.SQLITE ? url.substring("jdbc:sqlite:".length()) : redact(url));
        }
        JdbiStore store = new JdbiStore(ds, dialect, name);
        try {
            store.indexUnindexed(); // documents stored before V6 (or by a release without it)
            store.keepUnkeptFigures(); // events made before V8
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * SQLite connections for Flyway that begin their transactions DEFERRED, unlike the pool's
     * IMMEDIATE ones: checking an up-to-date schema then only reads, which another process's
     * write lock does not block (WAL), instead of waiting for the lock at every start.
     */
    private static javax.sql.DataSource sqliteForMigrations(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Busy.TIMEOUT_MILLIS);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    /** Checks the SQLite file (and makes its folder when creating) before the driver opens it, which would create it. */
    private static void prepareFile(Path file, boolean create) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not an SQLite store; give a file, e.g. "
                    + file.resolve(DEFAULT_LOCATION));
        }
        if (!create) {
            if (!Files.exists(file)) {
                throw new StoreException("no store at " + file + ": check --db or $" + ENV
                        + " (ingest, import, serve and user add make a new one)");
            }
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (Exception e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Migrates the schema; without {@code create}, a database that has none is refused.
     *
     * @return whether the database had no store before
     */
    private static boolean migrate(javax.sql.DataSource ds, Dialect dialect, boolean create, String name) {
        Flyway flyway = flyway(ds, dialect);
        MigrationInfoService info = flyway.info();
        if (!create && info.applied().length == 0) {
            throw new StoreException(name + " holds no Treatywatch store: check --db or $" + ENV
                    + " (ingest, import, serve and user add make a new one)");
        }
        if (info.pending().length > 0) {
            flyway.migrate();
        }
        return info.applied().length == 0;
    }

    static void migrate(javax.sql.DataSource ds, Dialect dialect) {
        flyway(ds, dialect).migrate();
    }

    private static Flyway flyway(javax.sql.DataSource ds, Dialect dialect) {
        return Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .placeholders(Map.of("id_pk", dialect.idPrimaryKey(), "term_collate", dialect.byteOrderCollation()))
                .javaMigrations(new V3__Analyst_names_ignore_case(), new V9__Claims_version())
                .load();
    }

    /** The URL without a password, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage().lines().findFirst().orElse("");
    }
}
