package org.treatywatch.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.store.Store;
import org.treatywatch.store.Stores;
import org.treatywatch.store.alerts.Alerts;
import org.treatywatch.store.alerts.Delivery;
import org.treatywatch.store.alerts.DeliveryStatus;
import org.treatywatch.store.alerts.NewSubscription;
import org.treatywatch.store.alerts.SubscriptionFilter;
import org.treatywatch.store.testing.Articles;
import org.treatywatch.web.WebServer;

/**
 * Webhooks against a real HTTP receiver the test starts on 127.0.0.1, on both backends
 * ({@link SqliteWebhookTest}, {@link PostgresWebhookTest}): each delivery is signed, a failed one
 * is retried after its backoff, and one answered with a 2xx is never sent again.
 */
abstract class WebhookContract {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        volatile Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    /** What the receiver got. */
    record Received(String delivery, String signature, byte[] body) {}

    Store store;
    Alerts alerts;
    long analyst;
    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** How many requests the receiver fails (500) before it answers 204. */
    final AtomicInteger failFirst = new AtomicInteger();
    /** How long the receiver waits before answering. */
    volatile Duration answerAfter = Duration.ZERO;
    final TestClock clock = new TestClock();
    final ObjectMapper json = new ObjectMapper();

    abstract String newLocation();

    @BeforeEach
    void start() throws IOException {
        store = Stores.open(newLocation());
        alerts = store.alerts();
        analyst = store.addAnalyst("ana", "not-a-real-hash").id();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body));
            try {
                Thread.sleep(answerAfter.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = failFirst.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        store.close();
    }

    URI hook() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    WebhookDispatcher dispatcher(Duration giveUpAfter, Duration requestTimeout) {
        return new WebhookDispatcher(alerts, new WebhookDispatcher.Policy(Duration.ofSeconds(10), Duration.ofMinutes(5),
                giveUpAfter, Duration.ofSeconds(2), requestTimeout, Duration.ofMillis(100), 50), clock,
                WebhookTargets.ALLOW_PRIVATE); // the receiver is on this machine
    }

    private NewSubscription subscribeToEstonia() {
        return alerts.subscribe(analyst, "Estonia", new SubscriptionFilter(Set.of("EST"), Set.of(), Set.of()), hook(),
                clock.instant());
    }

    private List<Delivery> deliveries(NewSubscription s) {
        return alerts.deliveries(s.subscription().id(), 100);
    }

    @Test
    void aDeliveryIsSigned_aFailedOneRetriedAfterItsBackoff_andNothingSentTwiceAfterSuccess() throws Exception {
        NewSubscription s = subscribeToEstonia();
        clock.advance(Duration.ofSeconds(1));
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        long estonian = Articles.balticClaims().stream().filter(c -> c.actor().equals("EST")).count();
        failFirst.set(1);
        WebhookDispatcher d = dispatcher(Duration.ofHours(1), Duration.ofSeconds(5));

        WebhookDispatcher.Round first = d.runOnce();
        assertThat(first.queued()).isEqualTo((int) estonian);
        assertThat(received).hasSize((int) estonian);
        assertThat(first.delivered()).isEqualTo((int) estonian - 1);
        for (Received r : received) {
            assertThat(WebhookSignature.verify(s.webhookSecret(), r.body(), r.signature())).as("signature").isTrue();
            assertThat(WebhookSignature.verify("another secret", r.body(), r.signature())).isFalse();
            JsonNode body = json.readTree(r.body());
            assertThat(body.get("delivery").asText()).isEqualTo(r.delivery());
            assertThat(body.get("change").get("state").asText()).isEqualTo("EST");
            assertThat(body.get("change").get("kind").asText()).isEqualTo("CLAIM");
        }
        Received failed = received.get(0);
        assertThat(deliveries(s)).filteredOn(x -> x.status() == DeliveryStatus.PENDING).singleElement()
                .satisfies(x -> assertThat(x.key()).isEqualTo(failed.delivery()));

        // Not due before its backoff: nothing is sent.
        clock.advance(Duration.ofSeconds(9));
        assertThat(d.runOnce().sent()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(d.runOnce().delivered()).isEqualTo(1);
        Received retried = received.get(received.size() - 1);
        assertThat(retried.delivery()).isEqualTo(failed.delivery());
        assertThat(retried.body()).isEqualTo(failed.body());
        assertThat(WebhookSignature.verify(s.webhookSecret(), retried.body(), retried.signature())).isTrue();

        // Delivered, all of them; a day of rounds sends nothing more.
        int count = received.size();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofHours(5));
            d.runOnce();
        }
        assertThat(received).hasSize(count);
        assertThat(received.stream().map(Received::delivery).distinct()).hasSize((int) estonian);
        assertThat(deliveries(s)).allSatisfy(x -> assertThat(x.status()).isEqualTo(DeliveryStatus.DELIVERED));
        Delivery retriedOne = deliveries(s).stream().filter(x -> x.key().equals(failed.delivery())).findFirst().orElseThrow();
        assertThat(alerts.attempts(retriedOne.id())).extracting(a -> a.statusCode()).containsExactly(500, 204);
    }

    @Test
    void aReceiverThatNeverAnswersWellIsGivenUpAfterTheRetryWindow_withEveryAttemptLogged() {
        NewSubscription s = subscribeToEstonia();
        clock.advance(Duration.ofSeconds(1));
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        failFirst.set(Integer.MAX_VALUE);
        WebhookDispatcher d = dispatcher(Duration.ofMinutes(1), Duration.ofSeconds(5));
        for (int i = 0; i < 10; i++) {
            d.runOnce();
            clock.advance(Duration.ofSeconds(20));
        }
        // Queued at 1 s, a minute to live; attempts at 1 s, 21 s (due at 11 s), 41 s (due at 41 s); the next would be
        // due at 81 s, past the minute: given up.
        assertThat(deliveries(s)).allSatisfy(x -> {
            assertThat(x.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(alerts.attempts(x.id())).hasSize(x.attempts()).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(500));
            assertThat(x.attempts()).isEqualTo(3);
        });
        int sent = received.size();
        clock.advance(Duration.ofDays(2));
        d.runOnce();
        assertThat(received).as("a failed delivery is not sent again").hasSize(sent);
    }

    @Test
    void aDeliveryToAnAddressThatIsNotPublicIsNotSent_whenTheDeploymentKeepsTheDefault() {
        // saved while it was allowed (or while its host resolved elsewhere): checked again when each attempt connects
        NewSubscription s = subscribeToEstonia();
        clock.advance(Duration.ofSeconds(1));
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        WebhookDispatcher d = new WebhookDispatcher(alerts, new WebhookDispatcher.Policy(Duration.ofSeconds(10),
                Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(100),
                50), clock, WebhookTargets.PUBLIC_ONLY);
        WebhookDispatcher.Round round = d.runOnce();
        assertThat(round.sent()).isPositive();
        assertThat(round.delivered()).isZero();
        assertThat(received).as("nothing reached the loopback receiver").isEmpty();
        assertThat(deliveries(s)).allSatisfy(x -> {
            assertThat(x.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(alerts.attempts(x.id())).singleElement().satisfies(a -> {
                assertThat(a.statusCode()).isNull();
                assertThat(a.error()).contains("127.0.0.1, a loopback address");
            });
        });
    }

    @Test
    void aSlowReceiverIsCutOffAtTheRequestTimeout_andRetried() {
        NewSubscription s = subscribeToEstonia();
        clock.advance(Duration.ofSeconds(1));
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        answerAfter = Duration.ofSeconds(3);
        WebhookDispatcher d = dispatcher(Duration.ofHours(1), Duration.ofMillis(300));
        WebhookDispatcher.Round round = d.runOnce();
        assertThat(round.delivered()).isZero();
        Delivery one = deliveries(s).get(0);
        assertThat(one.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(alerts.attempts(one.id())).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).isNull();
            assertThat(a.error()).contains("no answer within");
        });
    }

    @Test
    void theServerSendsWebhooksWhileItRuns() throws Exception {
        NewSubscription s = alerts.subscribe(analyst, "all", SubscriptionFilter.ANYTHING, hook(), Instant.now().minusSeconds(1));
        WebServer server = WebServer.builder(store).service(WebhookDispatcher.Policy.class,
                new WebhookDispatcher.Policy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1),
                        Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(100), 50))
                .service(WebhookTargets.class, WebhookTargets.ALLOW_PRIVATE).build();
        Javalin app = server.start("127.0.0.1", 0);
        try {
            store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < Articles.balticClaims().size() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            app.stop();
        }
        assertThat(received).hasSize(Articles.balticClaims().size());
        assertThat(received).allSatisfy(r -> assertThat(WebhookSignature.verify(s.webhookSecret(), r.body(), r.signature())).isTrue());
    }
}
