package org.treatywatch.cli.serve;

import org.treatywatch.cli.ExitCodes;
import org.treatywatch.cli.Extraction;
import org.treatywatch.cli.StoreOption;
import org.treatywatch.cli.UsageException;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.treatywatch.core.document.Document;
import org.treatywatch.extract.ClaimExtractor;
import org.treatywatch.extract.input.DocumentReader;
import org.treatywatch.store.Store;
import org.treatywatch.store.ingest.Ingestor;
import org.treatywatch.store.reference.ReferenceDataException;
import org.treatywatch.web.WebServer;
import org.treatywatch.web.alerts.WebhookTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code treatywatch serve}: the JSON API and the web app over one store. Unless {@code --no-demo},
 * a demo article is ingested first so that a fresh install shows something: the seed article from
 * {@code ../shared/corpus/seed-*.txt} when that folder is there (it is not part of the repository:
 * news text is never committed), else {@value #FALLBACK_DEMO}, a development-corpus article written
 * for this project about the Baltic states' real withdrawals of June 2025.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API (/api/v1, described at /api/openapi.json) and the web app.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--threads", paramLabel = "N",
            description = "Requests served at once; the rest queue (default: 4 per core, at least 8).")
    Integer threads;

    @Option(names = "--no-demo", description = "Do not ingest a demo article at start.")
    boolean noDemo;

    @Option(names = "--allow-private-webhooks",
            description = "Let webhooks go to loopback, private and link-local addresses (default: public addresses only).")
    boolean allowPrivateWebhooks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, got " + port);
        }
        if (threads != null && (threads < WebServer.MIN_THREADS || threads > WebServer.MAX_THREADS)) {
            throw new UsageException("--threads must be between " + WebServer.MIN_THREADS + " and "
                    + WebServer.MAX_THREADS + ", got " + threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        Store s = store.openOrCreate(err);
        ClaimExtractor extractor = Extraction.standard();
        if (!noDemo) {
            demo(s, extractor, err);
        }
        WebServer.Builder builder = WebServer.builder(s).extractor(extractor).discoverExtensions();
        if (threads != null) {
            builder.threads(threads);
        }
        builder.service(WebhookTargets.class, allowPrivateWebhooks ? WebhookTargets.ALLOW_PRIVATE : WebhookTargets.PUBLIC_ONLY);
        WebServer server;
        try {
            server = builder.build();
        } catch (ReferenceDataException e) {
            s.close();
            throw new UsageException(e.getMessage(), e);
        }
        Javalin app;
        try {
            app = server.start(host, port);
        } catch (RuntimeException e) {
            s.close();
            throw new UsageException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            s.close();
            stopped.countDown();
        }, "treatywatch-stop"));
        err.println("treatywatch: serving " + s.dialect().name().toLowerCase() + " store on http://"
                + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/ (API: /api/v1, /api/openapi.json)");
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static void demo(Store store, ClaimExtractor extractor, PrintWriter err) {
        Optional<Path> article = demoArticle();
        if (article.isEmpty()) {
            err.println("treatywatch: no demo article found (../shared/corpus/seed-*.txt or " + FALLBACK_DEMO + "); run serve from the repository root");
            return;
        }
        try {
            for (Document d : DocumentReader.standard().readAll(article.get())) {
                Ingestor.Outcome o = new Ingestor(store, extractor).ingest(d);
                err.println("treatywatch: demo article " + article.get() + ": " + o.status().name().toLowerCase()
                        + ", document #" + o.documentId() + (o.claims() > 0 ? ", " + o.claims() + " claims" : ""));
            }
        } catch (RuntimeException e) {
            err.println("treatywatch: demo article " + article.get() + " not ingested: " + rootMessage(e));
        }
    }

    /** The repository's own demo article, used when the seed article is not beside the repository. */
    static final String FALLBACK_DEMO = "corpus/dev/baltic-states-deposit-withdrawal.txt";

    /** The seed article beside the repository when present, else {@link #FALLBACK_DEMO}. */
    static Optional<Path> demoArticle() {
        Path seeds = Path.of("..", "shared", "corpus");
        if (Files.isDirectory(seeds)) {
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(seeds, "seed-*.txt")) {
                ds.forEach(found::add);
            } catch (IOException e) {
                found.clear();
            }
            found.sort(null);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        Path fallback = Path.of(FALLBACK_DEMO);
        return Files.isRegularFile(fallback) ? Optional.of(fallback) : Optional.empty();
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
