package org.treatywatch.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;
import org.treatywatch.web.auth.Passwords;

/**
 * The real web app on 127.0.0.1 with a free port, over a fresh SQLite file in a temp directory
 * and the shipped reference data. Closing stops the server and deletes the directory.
 */
public final class TestServer implements AutoCloseable {
    private final Path dir;
    private final Store store;
    private final Javalin app;

    private TestServer(org.treatywatch.web.alerts.WebhookTargets targets) throws IOException {
        dir = Files.createTempDirectory("tw-web-");
        store = Stores.open(dir.resolve("test.db").toString());
        // What `treatywatch serve` runs: the server with the pages found as a WebExtension.
        WebServer server = WebServer.builder(store).extractor(extractor()).discoverExtensions()
                .service(org.treatywatch.web.alerts.WebhookTargets.class, targets).build();
        app = server.start("127.0.0.1", 0);
    }

    /** The extraction module's standard pipeline. */
    public static org.treatywatch.extract.ClaimExtractor extractor() {
        try {
            return (org.treatywatch.extract.ClaimExtractor) Class.forName("org.treatywatch.extract.Extractors").getMethod("standard").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the extraction module's Extractors.standard() is missing", e);
        }
    }

    /** Ingests a document as the web app and the CLI do (store's Ingestor, the real extractor). */
    public long ingest(org.treatywatch.core.document.Document doc) {
        return new org.treatywatch.store.ingest.Ingestor(store, extractor()).ingest(doc).documentId();
    }

    /** The server as {@code serve} runs it by default: webhooks to public addresses only. */
    public static TestServer start() throws IOException {
        return new TestServer(org.treatywatch.web.alerts.WebhookTargets.PUBLIC_ONLY);
    }

    /** The server with webhooks allowed to go where {@code targets} lets them (a test's local receiver). */
    public static TestServer start(org.treatywatch.web.alerts.WebhookTargets targets) throws IOException {
        return new TestServer(targets);
    }

    /** An HTML form's fields as an {@code application/x-www-form-urlencoded} request body. */
    public static String formBody(java.util.Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public Store store() {
        return store;
    }

    /** Makes an analyst account, as {@code treatywatch user add} does. */
    public void addAnalyst(String name, String password) {
        store.addAnalyst(name, Passwords.hash(password.toCharArray()));
    }

    @Override
    public void close() throws IOException {
        app.stop();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
