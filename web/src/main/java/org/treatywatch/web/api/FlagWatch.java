package org.treatywatch.web.api;

import io.javalin.config.JavalinConfig;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatywatch.store.flag.FlagChecks;
import org.treatywatch.web.WebExtension;
import org.treatywatch.web.WebServer;

/**
 * Keeps the flags of a serving store up to date (issue 11): once a second it checks the events
 * whose claims an analyst reviewed, or all of them after an edit of the treaty record or at the
 * turn of the day ({@link FlagChecks}; idle, one indexed query). Ingest checks its own documents'
 * events at once. Found by {@link java.util.ServiceLoader} as the pages are.
 */
public final class FlagWatch implements WebExtension {
    private static final Logger LOG = LoggerFactory.getLogger(FlagWatch.class);

    @Override
    public void configure(JavalinConfig config, WebServer server) {
        FlagChecks checks = new FlagChecks(server.store());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "treatywatch-flags");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                int n = checks.run();
                if (n > 0) {
                    LOG.debug("flags: {} events checked", n);
                }
            } catch (RuntimeException e) {
                LOG.warn("flags: the check of events failed, tried again in a second: {}", e.getMessage());
            }
        }, 1, 1, TimeUnit.SECONDS);
        config.events.serverStopping(timer::shutdownNow);
    }
}
