package org.treatywatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.store.alerts.Alerts;
import org.treatywatch.store.alerts.Change;
import org.treatywatch.store.alerts.ChangeKind;
import org.treatywatch.store.alerts.Delivery;
import org.treatywatch.store.alerts.DeliveryStatus;
import org.treatywatch.store.alerts.NewSubscription;
import org.treatywatch.store.alerts.Subscription;
import org.treatywatch.store.alerts.SubscriptionFilter;
import org.treatywatch.store.migration.V3__Analyst_names_ignore_case;
import org.treatywatch.store.testing.Articles;

/** Alerts (issue 11, point 4) on every backend: {@link SqliteAlertsTest}, {@link PostgresAlertsTest}. */
abstract class AlertsContract {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final URI HOOK = URI.create("http://127.0.0.1:9/hook");

    String location;
    Store store;
    Alerts alerts;
    long analyst;

    abstract String newLocation();

    @BeforeEach
    void open() {
        location = newLocation();
        store = Stores.open(location);
        alerts = store.alerts();
        analyst = store.addAnalyst("ana", "$2a$10$h").id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static SubscriptionFilter states(String... codes) {
        return new SubscriptionFilter(Set.of(codes), Set.of(), Set.of());
    }

    @Test
    void ingestAppendsAChangePerNewClaim_inTheClaimsTransaction() {
        Instant before = Instant.now().minusSeconds(1);
        store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1");
        List<Change> all = alerts.changes(before, SubscriptionFilter.ANYTHING, null, 100).items();
        assertThat(all).hasSize(Articles.balticClaims().size());
        assertThat(all).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.CLAIM);
            assertThat(c.summary()).matches("[A-Z]+ [A-Z]{3} [A-Z]+: .+");
            assertThat(store.claim(c.refId())).map(sc -> sc.claim().actor()).contains(c.state());
        });
        assertThat(all).extracting(Change::state)
                .containsExactlyElementsOf(Articles.balticClaims().stream().map(c -> c.actor()).toList());
        // A document refused as a duplicate appends nothing.
        assertThatThrownBy(() -> store.addDocument(Articles.baltic(), Articles.balticClaims(), "x1"))
                .isInstanceOf(DuplicateDocumentException.class);
        assertThat(alerts.changes(before, SubscriptionFilter.ANYTHING, null, 100).items()).hasSize(all.size());
    }

    @Test
    void changesSince_filterAndPageInOrder() {
        for (int i = 0; i < 5; i++) {
            alerts.append(ChangeKind.CLAIM, i % 2 == 0 ? "LTU" : "FIN", ClaimType.PRODUCTION, null, i, "claim " + i,
                    T0.plusSeconds(i));
        }
        alerts.append(ChangeKind.FLAG, "LTU", ClaimType.PRODUCTION, FindingKind.PROHIBITED_ACT, 9, "flag", T0.plusSeconds(9));
        var first = alerts.changes(T0, SubscriptionFilter.ANYTHING, null, 2);
        assertThat(first.items()).extracting(Change::refId).containsExactly(1L, 2L);
        var second = alerts.changes(T0, SubscriptionFilter.ANYTHING, first.nextCursor(), 10);
        assertThat(second.items()).extracting(Change::refId).containsExactly(3L, 4L, 9L);
        assertThat(second.nextCursor()).isNull();
        assertThat(alerts.changes(T0.minusSeconds(1), states("LTU"), null, 10).items()).extracting(Change::refId)
                .containsExactly(0L, 2L, 4L, 9L);
        SubscriptionFilter flags = new SubscriptionFilter(Set.of(), Set.of(), Set.of(FindingKind.PROHIBITED_ACT));
        assertThat(alerts.changes(T0.minusSeconds(1), flags, null, 10).items()).singleElement()
                .satisfies(c -> assertThat(c.flagKind()).isEqualTo(FindingKind.PROHIBITED_ACT));
        assertThat(alerts.latest(states("FIN"), 10)).extracting(Change::refId).containsExactly(3L, 1L);
        assertThat(alerts.latest(new SubscriptionFilter(Set.of(), EnumSet.of(ClaimType.USE), Set.of()), 10)).isEmpty();
        assertThatThrownBy(() -> alerts.changes(T0, SubscriptionFilter.ANYTHING, null, 0))
                .hasMessageContaining("limit");
    }

    @Test
    void aSummaryIsBounded() {
        Change c = alerts.append(ChangeKind.CLAIM, "LTU", ClaimType.USE, null, 1, "x".repeat(5000), T0);
        assertThat(c.summary()).hasSize(Change.MAX_SUMMARY);
        assertThat(alerts.latest(SubscriptionFilter.ANYTHING, 1).get(0).summary()).hasSize(Change.MAX_SUMMARY);
    }

    @Test
    void theFeedKeyOpensItsSubscriptionOnly_andANewKeyRetiresTheOld() {
        NewSubscription made = alerts.subscribe(analyst, "Baltic production", states("LTU", "LVA"), null, T0);
        long id = made.subscription().id();
        assertThat(made.feedKey()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(made.webhookSecret()).isNull();
        assertThat(alerts.subscriptionByFeedKey(id, made.feedKey())).map(Subscription::name).contains("Baltic production");
        assertThat(alerts.subscriptionByFeedKey(id, made.feedKey() + "x")).isEmpty();
        assertThat(alerts.subscriptionByFeedKey(id, "")).isEmpty();
        assertThat(alerts.subscriptionByFeedKey(id + 1, made.feedKey())).isEmpty();
        NewSubscription other = alerts.subscribe(analyst, "all", SubscriptionFilter.ANYTHING, null, T0);
        assertThat(alerts.subscriptionByFeedKey(other.subscription().id(), made.feedKey())).isEmpty();

        String renewed = alerts.newFeedKey(id, analyst).orElseThrow();
        assertThat(alerts.subscriptionByFeedKey(id, made.feedKey())).isEmpty();
        assertThat(alerts.subscriptionByFeedKey(id, renewed)).isPresent();

        long bob = store.addAnalyst("bob", "$2a$10$h").id();
        assertThat(alerts.newFeedKey(id, bob)).as("only its analyst renews a key").isEmpty();
        assertThat(alerts.unsubscribe(id, bob)).isFalse();
        assertThat(alerts.subscription(id)).get().extracting(Subscription::filter).isEqualTo(states("LTU", "LVA"));
        assertThat(alerts.subscriptions(analyst)).hasSize(2);
        assertThat(alerts.unsubscribe(id, analyst)).isTrue();
        assertThat(alerts.subscriptionByFeedKey(id, renewed)).isEmpty();
    }

    @Test
    void webhookUrlsAreChecked() {
        for (String bad : List.of("file:///etc/passwd", "ftp://example.org/x", "http:///nohost", "https://u:p@example.org/",
                "javascript:alert(1)", "https://example.org/" + "a".repeat(2100))) {
            assertThatThrownBy(() -> alerts.subscribe(analyst, "x", SubscriptionFilter.ANYTHING, URI.create(bad), T0))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(alerts.subscriptions(analyst)).isEmpty();
    }

    @Test
    void webhooksGetEachMatchingChangeFromTheirStart_once() {
        alerts.append(ChangeKind.CLAIM, "LTU", ClaimType.PRODUCTION, null, 1, "before", T0);
        NewSubscription hook = alerts.subscribe(analyst, "LTU", states("LTU"), HOOK, T0.plusSeconds(1));
        assertThat(hook.webhookSecret()).isNotBlank();
        assertThat(alerts.webhookSecret(hook.subscription().id())).contains(hook.webhookSecret());
        alerts.append(ChangeKind.CLAIM, "LTU", ClaimType.PRODUCTION, null, 2, "after", T0.plusSeconds(2));
        alerts.append(ChangeKind.CLAIM, "FIN", ClaimType.PRODUCTION, null, 3, "elsewhere", T0.plusSeconds(2));
        Instant now = T0.plusSeconds(3);
        assertThat(alerts.queueWebhooks(now, 100)).isEqualTo(1);
        assertThat(alerts.queueWebhooks(now, 100)).as("never queued twice").isZero();
        List<Delivery> due = alerts.leaseDue(now, Duration.ofMinutes(1), 10);
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("s" + hook.subscription().id() + "-c" + d.changeId());
            assertThat(d.body()).contains("\"summary\":\"after\"").contains("\"delivery\":\"" + d.key() + "\"");
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        });
        assertThat(alerts.leaseDue(now, Duration.ofMinutes(1), 10)).as("leased to one sender").isEmpty();

        long id = due.get(0).id();
        alerts.recordAttempt(id, now, 500, "HTTP 500", 12, false, now.plusSeconds(10));
        assertThat(alerts.leaseDue(now.plusSeconds(5), Duration.ofMinutes(1), 10)).as("not yet due again").isEmpty();
        List<Delivery> retry = alerts.leaseDue(now.plusSeconds(10), Duration.ofMinutes(1), 10);
        assertThat(retry).singleElement().satisfies(d -> assertThat(d.attempts()).isEqualTo(1));
        alerts.recordAttempt(id, now.plusSeconds(10), 204, null, 8, true, null);
        alerts.recordAttempt(id, now.plusSeconds(11), 500, "late", 8, false, now.plusSeconds(20));
        assertThat(alerts.deliveries(hook.subscription().id(), 10)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(d.attempts()).isEqualTo(2);
            assertThat(d.finishedAt()).isEqualTo(now.plusSeconds(10));
        });
        assertThat(alerts.leaseDue(now.plus(Duration.ofDays(1)), Duration.ofMinutes(1), 10)).as("never sent after success").isEmpty();
        assertThat(alerts.attempts(id)).extracting(a -> a.statusCode()).containsExactly(500, 204, 500);
    }

    @Test
    void aDeliveryGivenUpIsFailed() {
        NewSubscription hook = alerts.subscribe(analyst, "all", SubscriptionFilter.ANYTHING, HOOK, T0);
        alerts.append(ChangeKind.CLAIM, "LTU", ClaimType.USE, null, 2, "x", T0.plusSeconds(1));
        alerts.queueWebhooks(T0.plusSeconds(2), 100);
        Delivery d = alerts.leaseDue(T0.plusSeconds(2), Duration.ofMinutes(1), 10).get(0);
        alerts.recordAttempt(d.id(), T0.plusSeconds(2), null, "connection refused", 3, false, null);
        assertThat(alerts.deliveries(hook.subscription().id(), 10)).singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(DeliveryStatus.FAILED));
        assertThat(alerts.attempts(d.id())).singleElement().satisfies(a -> {
            assertThat(a.statusCode()).isNull();
            assertThat(a.error()).isEqualTo("connection refused");
        });
    }

    @Test
    void aChangeCommittedLateWithALowerIdIsStillQueued() {
        NewSubscription hook = alerts.subscribe(analyst, "all", SubscriptionFilter.ANYTHING, HOOK, T0);
        Change early = alerts.append(ChangeKind.CLAIM, "LTU", ClaimType.USE, null, 1, "a", T0.plusSeconds(1));
        Change late = alerts.append(ChangeKind.CLAIM, "LTU", ClaimType.USE, null, 2, "b", T0.plusSeconds(1));
        alerts.queueWebhooks(T0.plusSeconds(2), 100);
        // As if `early` had committed after `late` was queued: its delivery is not there yet.
        Delivery first = alerts.deliveries(hook.subscription().id(), 10).stream()
                .filter(d -> d.changeId() == early.id()).findFirst().orElseThrow();
        deleteDelivery(first.id());
        assertThat(alerts.queueWebhooks(T0.plusSeconds(3), 100)).isEqualTo(1);
        assertThat(alerts.deliveries(hook.subscription().id(), 10)).extracting(Delivery::changeId)
                .containsExactlyInAnyOrder(early.id(), late.id());
    }

    private void deleteDelivery(long id) {
        try (Connection c = DriverManager.getConnection(Stores.jdbcUrl(location))) {
            c.createStatement().execute("DELETE FROM webhook_deliveries WHERE id = " + id);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A store made before alerts: its claims become changes when it is opened. */
    static void assertClaimsStoredBeforeAlertsBecomeChanges(String freshLocation) throws Exception {
        String url = Stores.jdbcUrl(freshLocation);
        Dialect dialect = Dialect.of(url);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .placeholders(Map.of("id_pk", dialect.idPrimaryKey(), "term_collate", dialect.byteOrderCollation()))
                .javaMigrations(new V3__Analyst_names_ignore_case())
                .target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("""
                    INSERT INTO documents (external_id, text, content_hash, ingested_at, extractor_version)
                    VALUES ('old.txt', 'Lithuania will produce mines.', 'h', '2025-05-01T00:00:00.000Z', 'x')""");
            c.createStatement().execute("""
                    INSERT INTO claims (document_id, type, actor, modality, weapon, evidence_start, evidence_end,
                                        evidence_text, origin, review_state, created_at)
                    SELECT id, 'PRODUCTION', 'LTU', 'PLANNED', 'AP_MINE', 0, 29, 'Lithuania will produce mines.',
                           'MACHINE', 'PENDING', '2025-05-01T00:00:00.000Z' FROM documents""");
        }
        try (Store upgraded = Stores.open(freshLocation)) {
            assertThat(upgraded.alerts().changes(Instant.EPOCH, SubscriptionFilter.ANYTHING, null, 10).items())
                    .singleElement().satisfies(c -> {
                        assertThat(c.at()).isEqualTo(Instant.parse("2025-05-01T00:00:00Z"));
                        assertThat(c.summary()).isEqualTo("PRODUCTION LTU PLANNED: Lithuania will produce mines.");
                        assertThat(c.claimType()).isEqualTo(ClaimType.PRODUCTION);
                    });
        }
    }
}
