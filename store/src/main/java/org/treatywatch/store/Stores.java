package org.treatywatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Opens a {@link Store}: an SQLite file by default, or PostgreSQL for a URL starting
 * {@code jdbc:postgresql:}. Opening migrates the schema to the newest version (Flyway, scripts in
 * {@code db/migration}: V1 the schema, V2 the web app's sign-in sessions). A new script takes the
 * next free number, whichever module it serves: Flyway refuses to migrate a database that has run a
 * higher version than a pending script (it does not run scripts out of order), so the V1 comment's
 * old plan of V10 onwards for web would have blocked every later V3-V9. V1 itself is never edited,
 * since databases check its checksum.
 *
 * <p>SQLite runs with a write-ahead log ({@code journal_mode=WAL}): readers never wait for the
 * writer, and a process killed mid-transaction leaves the last committed state. Write transactions
 * start {@code IMMEDIATE} and wait up to 30 s for the lock, so several processes (an ingest and a
 * server) can share one file.
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
     * Opens (creating or migrating as needed) the store at {@code location}: a file path, a
     * {@code jdbc:sqlite:} URL or a {@code jdbc:postgresql:} URL.
     *
     * @throws StoreException with a one-line reason when the database cannot be opened or migrated
     */
    public static Store open(String location) {
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
        cfg.setInitializationFailTimeout(-1);
        cfg.setConnectionTimeout(30_000);
        if (dialect == Dialect.SQLITE) {
            Path file = Path.of(url.substring("jdbc:sqlite:".length()));
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (Exception e) {
                throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
            }
            cfg.addDataSourceProperty("journal_mode", "WAL");
            cfg.addDataSourceProperty("synchronous", "NORMAL");
            cfg.addDataSourceProperty("foreign_keys", "true");
            cfg.addDataSourceProperty("busy_timeout", "30000");
            cfg.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            cfg.setMaximumPoolSize(8);
        } else {
            cfg.setMaximumPoolSize(16);
        }
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
            try (var c = ds.getConnection()) {
                c.isValid(5);
            }
        } catch (Exception e) {
            throw new StoreException("cannot open the database " + redact(url) + ": " + rootMessage(e), e);
        }
        try {
            migrate(ds, dialect);
        } catch (FlywayException e) {
            ds.close();
            throw new StoreException("cannot migrate the database " + redact(url) + ": " + rootMessage(e), e);
        }
        return new JdbiStore(ds, dialect);
    }

    static void migrate(javax.sql.DataSource ds, Dialect dialect) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .placeholders(Map.of("id_pk", dialect.idPrimaryKey(), "term_collate", dialect.byteOrderCollation()))
                .load()
                .migrate();
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
