package org.treatywatch.web.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.treatywatch.store.alerts.Alerts;
import org.treatywatch.store.alerts.Delivery;
import org.treatywatch.store.alerts.Subscription;

/**
 * Sends the webhooks of subscriptions: each round queues the changes each webhook subscription
 * matches ({@link Alerts#queueWebhooks}), takes the deliveries that are due on a lease (so that
 * two servers on one database never send one at the same time), POSTs each body with its
 * signature ({@link WebhookSignature}) and its idempotent delivery id, and logs the attempt.
 *
 * <ul>
 *   <li>A 2xx answer delivers it: it is never sent again. A crash between the answer and the log
 *       can send it once more, with the same {@code X-Treatywatch-Delivery} id for the receiver to
 *       drop.
 *   <li>Any other answer, a timeout or a refused connection is retried with exponential backoff
 *       ({@link Policy#firstRetry}, doubling, at most {@link Policy#maxRetry} apart) until
 *       {@link Policy#giveUpAfter} has passed since it was queued; then it is FAILED.
 *   <li>The URL is untrusted: only http(s) (checked when subscribing), to a public address
 *       ({@link WebhookTargets}, checked when subscribing and again before each attempt connects; the
 *       JDK caches the answer it checked for 30 s, so the connection uses the addresses checked),
 *       redirects are not followed, connecting and answering are bounded in time, and the answer's
 *       body is never read.
 * </ul>
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /**
     * @param firstRetry     the wait after the first failed attempt, doubled after each further one
     * @param maxRetry       the longest wait between attempts
     * @param giveUpAfter    how long after being queued a delivery is retried
     * @param connectTimeout the most a connection may take
     * @param requestTimeout the most the receiver may take to answer
     * @param every          how often a round runs
     * @param batch          the most deliveries a round sends
     */
    public record Policy(Duration firstRetry, Duration maxRetry, Duration giveUpAfter, Duration connectTimeout,
            Duration requestTimeout, Duration every, int batch) {
        public Policy {
            Objects.requireNonNull(firstRetry, "firstRetry");
            Objects.requireNonNull(maxRetry, "maxRetry");
            Objects.requireNonNull(giveUpAfter, "giveUpAfter");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(every, "every");
            if (batch < 1) {
                throw new IllegalArgumentException("a round sends at least one delivery");
            }
        }

        /** 10 s, doubling, at most an hour apart, for a day; 5 s to connect, 10 s to answer; a round every 2 s. */
        public static Policy defaults() {
            return new Policy(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofDays(1), Duration.ofSeconds(5),
                    Duration.ofSeconds(10), Duration.ofSeconds(2), 50);
        }

        /** The wait after {@code attempts} failed attempts. */
        Duration backoff(int attempts) {
            Duration wait = firstRetry;
            for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
        }

        /** How long a sender holds a delivery: enough to connect and be answered, twice over. */
        Duration lease() {
            return connectTimeout.plus(requestTimeout).multipliedBy(2);
        }
    }

    /** What a round did. */
    public record Round(int queued, int sent, int delivered) {}

    private final Alerts alerts;
    private final Policy policy;
    private final Clock clock;
    private final WebhookTargets targets;
    private final HttpClient http;
    private ScheduledExecutorService timer;

    public WebhookDispatcher(Alerts alerts, Policy policy, Clock clock, WebhookTargets targets) {
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.http = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One round: queue, then send what is due. Safe to run from several threads and servers. */
    public Round runOnce() {
        int queued = alerts.queueWebhooks(clock.instant(), policy.batch());
        List<Delivery> due = alerts.leaseDue(clock.instant(), policy.lease(), policy.batch());
        int delivered = 0;
        for (Delivery d : due) {
            if (send(d)) {
                delivered++;
            }
        }
        return new Round(queued, due.size(), delivered);
    }

    /** Sends one leased delivery and logs the attempt; true when it was delivered. */
    private boolean send(Delivery d) {
        Optional<Subscription> sub = alerts.subscription(d.subscriptionId());
        Optional<String> secret = alerts.webhookSecret(d.subscriptionId());
        Instant start = clock.instant();
        if (sub.isEmpty() || sub.get().webhook() == null || secret.isEmpty()) {
            alerts.recordAttempt(d.id(), start, null, "the subscription has no webhook any more", 0, false, null);
            return false;
        }
        Integer status = null;
        String error = null;
        long began = System.nanoTime();
        try {
            targets.check(sub.get().webhook()); // again: what the host resolves to may have changed since it was saved
            status = post(sub.get().webhook(), d, secret.get());
            if (status < 200 || status > 299) {
                error = "HTTP " + status;
            }
        } catch (HttpTimeoutException e) {
            error = "no answer within " + policy.requestTimeout().toSeconds() + " s";
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (RuntimeException e) {
            error = "cannot send: " + e.getMessage();
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        Instant now = clock.instant();
        boolean delivered = error == null;
        Instant retryAt = null;
        if (!delivered) {
            Instant next = now.plus(policy.backoff(d.attempts() + 1));
            retryAt = next.isAfter(d.createdAt().plus(policy.giveUpAfter())) ? null : next;
            LOG.info("webhook delivery {} failed ({}){}", d.key(), error, retryAt == null ? ", given up" : ", retry at " + retryAt);
        }
        alerts.recordAttempt(d.id(), now, status, error, millis, delivered, retryAt);
        return delivered;
    }

    private int post(URI url, Delivery d, String secret) throws IOException, InterruptedException {
        byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(policy.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Treatywatch-Webhook")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
                .header(WebhookSignature.DELIVERY_HEADER, d.key())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        // Only the status matters: the body is closed unread, however large or slow it is.
        response.body().close();
        return response.statusCode();
    }

    /** Runs a round every {@link Policy#every}, on one daemon thread, until {@link #close}. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "treatywatch-webhooks");
            t.setDaemon(true);
            return t;
        });
        long every = policy.every().toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.warn("webhook round failed: {}", e.getMessage(), e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(policy.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
