import org.treatywatch.store.testing.PostgresServer;

/**
 * Starts the tests' PostgreSQL ({@code PostgresServer}, from zonky's binaries on Maven Central) for
 * api-load.sh, prints the JDBC URL of a new empty database, and keeps the server until its standard
 * input closes (or two hours pass); then it stops the server and deletes its data.
 *
 * <p>Run: {@code java -cp STORE_TEST_CLASSPATH scripts/bench/BenchPostgres.java}
 */
public class BenchPostgres {
    public static void main(String[] args) throws Exception {
        System.out.println(PostgresServer.shared().newDatabaseUrl());
        System.out.flush();
        Thread reader = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // until EOF
                }
            } catch (java.io.IOException e) {
                // closed
            }
        });
        reader.setDaemon(true);
        reader.start();
        reader.join(2 * 60 * 60 * 1000L);
        System.exit(0); // the shutdown hook stops PostgreSQL
    }
}
