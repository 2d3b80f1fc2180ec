package org.treatywatch.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.treatywatch.core.check.FindingKind;
import org.treatywatch.core.claim.Claim;
import org.treatywatch.core.claim.ClaimType;
import org.treatywatch.store.alerts.Alerts;
import org.treatywatch.store.alerts.Change;
import org.treatywatch.store.alerts.ChangeJson;
import org.treatywatch.store.alerts.ChangeKind;
import org.treatywatch.store.alerts.Delivery;
import org.treatywatch.store.alerts.DeliveryAttempt;
import org.treatywatch.store.alerts.DeliveryStatus;
import org.treatywatch.store.alerts.NewSubscription;
import org.treatywatch.store.alerts.Subscription;
import org.treatywatch.store.alerts.SubscriptionFilter;
import org.treatywatch.store.alerts.WebhookUrl;

/** {@link Alerts} over the V7 tables, for both databases. */
final class JdbiAlerts implements Alerts {
    private static final String CHANGE_COLUMNS = "c.id, c.kind, c.changed_at, c.state, c.claim_type, c.flag_kind, c.ref_id, c.summary";
    private static final String SUBSCRIPTION_COLUMNS = "id, analyst_id, name, states, claim_types, flag_kinds, webhook_url, created_at";
    private static final String DELIVERY_COLUMNS = """
            id, delivery_key, subscription_id, change_id, body, status, attempts, created_at, next_attempt_at, finished_at""";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String name;

    JdbiAlerts(Jdbi jdbi, Dialect dialect, String name) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.name = name;
    }

    private <T> T tx(Supplier<T> work) {
        return dialect == Dialect.SQLITE ? Busy.retry(name, work) : work.get();
    }

    // ---- the changes log ----------------------------------------------------------------------

    /** Appends the change of a new claim inside the claim's own transaction. */
    static void appendClaim(Handle h, long claimId, Claim c, String now) {
        append(h, ChangeKind.CLAIM, c.actor(), c.type(), null, claimId,
                c.type() + " " + c.actor() + " " + c.modality() + ": " + c.evidence().text(), now);
    }

    /**
     * Appends a change inside the caller's transaction, so that it commits with what changed: for the
     * store's own writers (claims here; events and flags the same way). {@code at} is a store instant.
     */
    static long append(Handle h, ChangeKind kind, String state, ClaimType type, FindingKind flag, long refId,
            String summary, String at) {
        return h.createUpdate("""
                        INSERT INTO changes (kind, changed_at, state, claim_type, flag_kind, ref_id, summary)
                        VALUES (:kind, :at, :state, :type, :flag, :ref, :summary)""")
                .bind("kind", kind.name())
                .bind("at", at)
                .bind("state", state)
                .bind("type", type == null ? null : type.name())
                .bind("flag", flag == null ? null : flag.name())
                .bind("ref", refId)
                .bind("summary", Change.summary(summary))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    @Override
    public Change append(ChangeKind kind, String state, ClaimType claimType, FindingKind flagKind, long refId,
            String summary, Instant at) {
        String when = Times.format(at);
        Change checked = new Change(0, kind, Times.parseInstant(when), state, claimType, flagKind, refId,
                Change.summary(summary));
        long id = tx(() -> jdbi.inTransaction(h -> append(h, kind, state, claimType, flagKind, refId, summary, when)));
        return new Change(id, kind, checked.at(), state, claimType, flagKind, refId, checked.summary());
    }

    /** The WHERE conditions of a filter on changes {@code c}, each a fixed string; its lists bound by name. */
    private static String filterSql(SubscriptionFilter f) {
        return (f.states().isEmpty() ? "" : " AND c.state IN (<states>)")
                + (f.types().isEmpty() ? "" : " AND c.claim_type IN (<types>)")
                + (f.flagKinds().isEmpty() ? "" : " AND c.flag_kind IN (<flags>)");
    }

    private static Query bindFilter(Query q, SubscriptionFilter f) {
        if (!f.states().isEmpty()) {
            q.bindList("states", List.copyOf(f.states()));
        }
        if (!f.types().isEmpty()) {
            q.bindList("types", f.types().stream().map(Enum::name).toList());
        }
        if (!f.flagKinds().isEmpty()) {
            q.bindList("flags", f.flagKinds().stream().map(Enum::name).toList());
        }
        return q;
    }

    @Override
    public Page<Change> changes(Instant since, SubscriptionFilter filter, String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        Long after = JdbiStore.Cursors.decode(cursor);
        String sql = "SELECT " + CHANGE_COLUMNS + " FROM changes c WHERE c.changed_at > :since"
                + (after == null ? "" : " AND c.id > :after") + filterSql(filter) + " ORDER BY c.id LIMIT :limit";
        List<Change> rows = tx(() -> jdbi.withHandle(h -> {
            Query q = bindFilter(h.createQuery(sql), filter).bind("since", Times.format(since)).bind("limit", limit + 1);
            if (after != null) {
                q.bind("after", after);
            }
            return q.map((rs, ctx) -> change(rs)).list();
        }));
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Change> items = rows.subList(0, limit);
        return new Page<>(items, JdbiStore.Cursors.encode(items.get(limit - 1).id()));
    }

    @Override
    public List<Change> latest(SubscriptionFilter filter, int limit) {
        String sql = "SELECT " + CHANGE_COLUMNS + " FROM changes c WHERE 1 = 1" + filterSql(filter)
                + " ORDER BY c.id DESC LIMIT :limit";
        return tx(() -> jdbi.withHandle(h -> bindFilter(h.createQuery(sql), filter).bind("limit", limit)
                .map((rs, ctx) -> change(rs)).list()));
    }

    private static Change change(ResultSet rs) throws SQLException {
        String type = rs.getString("claim_type");
        String flag = rs.getString("flag_kind");
        return new Change(rs.getLong("id"), ChangeKind.valueOf(rs.getString("kind")),
                Times.parseInstant(rs.getString("changed_at")), rs.getString("state"),
                type == null ? null : ClaimType.valueOf(type), flag == null ? null : FindingKind.valueOf(flag),
                rs.getLong("ref_id"), rs.getString("summary"));
    }

    // ---- subscriptions ------------------------------------------------------------------------

    @Override
    public NewSubscription subscribe(long analystId, String subscriptionName, SubscriptionFilter filter, URI webhook,
            Instant now) {
        if (subscriptionName == null || subscriptionName.isBlank() || subscriptionName.length() > 200) {
            throw new IllegalArgumentException("a subscription needs a name of 1 to 200 characters");
        }
        URI hook = webhook == null ? null : WebhookUrl.parse(webhook.toString());
        String feedKey = secret();
        String webhookSecret = hook == null ? null : secret();
        String at = Times.format(now);
        long id = tx(() -> jdbi.inTransaction(h -> {
            long through = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM changes").mapTo(Long.class).one();
            return h.createUpdate("""
                            INSERT INTO subscriptions (analyst_id, name, states, claim_types, flag_kinds, feed_key_hash,
                                                       webhook_url, webhook_secret, queued_through, created_at)
                            VALUES (:analyst, :name, :states, :types, :flags, :hash, :url, :secret, :through, :at)""")
                    .bind("analyst", analystId)
                    .bind("name", subscriptionName.strip())
                    .bind("states", filter.statesText())
                    .bind("types", filter.typesText())
                    .bind("flags", filter.flagKindsText())
                    .bind("hash", sha256(feedKey))
                    .bind("url", hook == null ? null : hook.toString())
                    .bind("secret", webhookSecret)
                    .bind("through", through)
                    .bind("at", at)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
        }));
        return new NewSubscription(subscription(id).orElseThrow(), feedKey, webhookSecret);
    }

    @Override
    public List<Subscription> subscriptions(long analystId) {
        return tx(() -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + SUBSCRIPTION_COLUMNS + " FROM subscriptions WHERE analyst_id = :a ORDER BY id")
                .bind("a", analystId)
                .map((rs, ctx) -> subscription(rs))
                .list()));
    }

    @Override
    public Optional<Subscription> subscription(long id) {
        return tx(() -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + SUBSCRIPTION_COLUMNS + " FROM subscriptions WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> subscription(rs))
                .findOne()));
    }

    @Override
    public Optional<Subscription> subscriptionByFeedKey(long id, String key) {
        Optional<String> stored = tx(() -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT feed_key_hash FROM subscriptions WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne()));
        byte[] given = sha256(key == null ? "" : key).getBytes(StandardCharsets.US_ASCII);
        // A missing id is compared with a hash no key has, so that it takes the same time.
        byte[] expected = stored.orElse("-".repeat(64)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) && stored.isPresent() ? subscription(id) : Optional.empty();
    }

    @Override
    public Optional<String> newFeedKey(long id, long analystId) {
        String key = secret();
        int n = tx(() -> jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE subscriptions SET feed_key_hash = :hash WHERE id = :id AND analyst_id = :a")
                .bind("hash", sha256(key)).bind("id", id).bind("a", analystId).execute()));
        return n == 1 ? Optional.of(key) : Optional.empty();
    }

    @Override
    public boolean unsubscribe(long id, long analystId) {
        return tx(() -> jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM subscriptions WHERE id = :id AND analyst_id = :a")
                .bind("id", id).bind("a", analystId).execute())) == 1;
    }

    @Override
    public Optional<String> webhookSecret(long subscriptionId) {
        return tx(() -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT webhook_secret FROM subscriptions WHERE id = :id AND webhook_secret IS NOT NULL")
                .bind("id", subscriptionId).mapTo(String.class).findOne()));
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        String url = rs.getString("webhook_url");
        return new Subscription(rs.getLong("id"), rs.getLong("analyst_id"), rs.getString("name"),
                SubscriptionFilter.parse(rs.getString("states"), rs.getString("claim_types"), rs.getString("flag_kinds")),
                url == null ? null : URI.create(url), Times.parseInstant(rs.getString("created_at")));
    }

    // ---- webhook deliveries -------------------------------------------------------------------

    @Override
    public int queueWebhooks(Instant now, int limit) {
        record Hook(long id, SubscriptionFilter filter, long through, String createdAt) {}
        List<Hook> hooks = tx(() -> jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, states, claim_types, flag_kinds, queued_through, created_at FROM subscriptions
                        WHERE webhook_url IS NOT NULL ORDER BY id""")
                .map((rs, ctx) -> new Hook(rs.getLong("id"),
                        SubscriptionFilter.parse(rs.getString("states"), rs.getString("claim_types"),
                                rs.getString("flag_kinds")),
                        rs.getLong("queued_through"), rs.getString("created_at")))
                .list()));
        int queued = 0;
        for (Hook hook : hooks) {
            // Read first: a round with nothing new writes nothing (on SQLite a write transaction
            // takes the file's lock, which an ingest in another process would wait for).
            boolean work = tx(() -> jdbi.withHandle(h -> !candidates(h, hook.id(), hook.filter(), hook.through(),
                    hook.createdAt(), now, 1).isEmpty() || maxChangeId(h) > hook.through()));
            if (work) {
                queued += tx(() -> jdbi.inTransaction(h -> queue(h, hook.id(), hook.filter(), hook.through(),
                        hook.createdAt(), now, limit)));
            }
        }
        return queued;
    }

    private static long maxChangeId(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM changes").mapTo(Long.class).one();
    }

    /** The changes a webhook subscription matches and has not had queued, oldest first. */
    private static List<Change> candidates(Handle h, long subscription, SubscriptionFilter filter, long through,
            String createdAt, Instant now, int limit) {
        String sql = "SELECT " + CHANGE_COLUMNS + " FROM changes c WHERE c.changed_at >= :created"
                + " AND (c.id > :through OR c.changed_at >= :lookBack)" + filterSql(filter)
                + " AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.subscription_id = :sub AND d.change_id = c.id)"
                + " ORDER BY c.id LIMIT :limit";
        return bindFilter(h.createQuery(sql), filter)
                .bind("created", createdAt)
                .bind("through", through)
                .bind("lookBack", Times.format(now.minus(LOOK_BACK)))
                .bind("sub", subscription)
                .bind("limit", limit)
                .map((rs, ctx) -> change(rs))
                .list();
    }

    private static int queue(Handle h, long subscription, SubscriptionFilter filter, long through, String createdAt,
            Instant now, int limit) {
        List<Change> changes = candidates(h, subscription, filter, through, createdAt, now, limit);
        String at = Times.format(now);
        long newThrough = through;
        for (Change c : changes) {
            String key = "s" + subscription + "-c" + c.id();
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("delivery", key);
            body.put("subscription", subscription);
            body.put("queued_at", at);
            body.set("change", ChangeJson.of(c));
            h.createUpdate("""
                            INSERT INTO webhook_deliveries (delivery_key, subscription_id, change_id, body, status, attempts,
                                                            created_at, next_attempt_at)
                            VALUES (:key, :sub, :change, :body, 'PENDING', 0, :at, :at)""")
                    .bind("key", key).bind("sub", subscription).bind("change", c.id()).bind("body", body.toString())
                    .bind("at", at)
                    .execute();
            newThrough = Math.max(newThrough, c.id());
        }
        if (changes.size() < limit) {
            // Nothing more matched: what was read up to now has all been considered.
            newThrough = Math.max(newThrough, maxChangeId(h));
        }
        h.createUpdate("UPDATE subscriptions SET queued_through = :t WHERE id = :id AND queued_through < :t")
                .bind("t", newThrough).bind("id", subscription).execute();
        return changes.size();
    }

    @Override
    public List<Delivery> leaseDue(Instant now, Duration lease, int limit) {
        String at = Times.format(now);
        String until = Times.format(now.plus(lease));
        String dueSql = """
                SELECT id FROM webhook_deliveries
                WHERE status = 'PENDING' AND next_attempt_at <= :now AND (leased_until IS NULL OR leased_until < :now)
                ORDER BY next_attempt_at, id LIMIT :limit""";
        // Read first: nothing due, no write transaction (see queueWebhooks).
        if (tx(() -> jdbi.withHandle(h -> h.createQuery(dueSql).bind("now", at).bind("limit", 1).mapTo(Long.class).list()))
                .isEmpty()) {
            return List.of();
        }
        return tx(() -> jdbi.inTransaction(h -> {
            List<Long> due = h.createQuery(dueSql).bind("now", at).bind("limit", limit).mapTo(Long.class).list();
            List<Delivery> taken = new ArrayList<>();
            for (long id : due) {
                int n = h.createUpdate("""
                                UPDATE webhook_deliveries SET leased_until = :until
                                WHERE id = :id AND status = 'PENDING' AND (leased_until IS NULL OR leased_until < :now)""")
                        .bind("until", until).bind("id", id).bind("now", at).execute();
                if (n == 1) {
                    taken.add(h.createQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_deliveries WHERE id = :id")
                            .bind("id", id).map((rs, ctx) -> delivery(rs)).one());
                }
            }
            return taken;
        }));
    }

    @Override
    public void recordAttempt(long deliveryId, Instant at, Integer statusCode, String error, long durationMillis,
            boolean delivered, Instant retryAt) {
        String when = Times.format(at);
        DeliveryStatus next = delivered ? DeliveryStatus.DELIVERED : retryAt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        tx(() -> jdbi.inTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms)
                            VALUES (:d, :at, :status, :error, :ms)""")
                    .bind("d", deliveryId).bind("at", when).bind("status", statusCode)
                    .bind("error", error == null ? null : Change.summary(error)).bind("ms", durationMillis)
                    .execute();
            return h.createUpdate("""
                            UPDATE webhook_deliveries SET status = :status, attempts = attempts + 1, leased_until = NULL,
                                   next_attempt_at = :next, finished_at = :finished
                            WHERE id = :d AND status = 'PENDING'""")
                    .bind("status", next.name())
                    .bind("next", next == DeliveryStatus.PENDING ? Times.format(retryAt) : when)
                    .bind("finished", next == DeliveryStatus.PENDING ? null : when)
                    .bind("d", deliveryId)
                    .execute();
        }));
    }

    @Override
    public List<Delivery> deliveries(long subscriptionId, int limit) {
        return tx(() -> jdbi.withHandle(h -> h.createQuery("SELECT " + DELIVERY_COLUMNS
                        + " FROM webhook_deliveries WHERE subscription_id = :s ORDER BY id DESC LIMIT :limit")
                .bind("s", subscriptionId).bind("limit", limit).map((rs, ctx) -> delivery(rs)).list()));
    }

    @Override
    public List<DeliveryAttempt> attempts(long deliveryId) {
        return tx(() -> jdbi.withHandle(h -> h.createQuery("""
                        SELECT delivery_id, attempted_at, status_code, error, duration_ms FROM webhook_attempts
                        WHERE delivery_id = :d ORDER BY id""")
                .bind("d", deliveryId)
                .map((rs, ctx) -> {
                    int status = rs.getInt("status_code");
                    Integer code = rs.wasNull() ? null : status;
                    return new DeliveryAttempt(rs.getLong("delivery_id"), Times.parseInstant(rs.getString("attempted_at")),
                            code, rs.getString("error"), rs.getLong("duration_ms"));
                })
                .list()));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getString("delivery_key"), rs.getLong("subscription_id"),
                rs.getLong("change_id"), rs.getString("body"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), Times.parseInstant(rs.getString("created_at")),
                Times.parseInstant(rs.getString("next_attempt_at")), Times.parseInstant(rs.getString("finished_at")));
    }

    // ---- secrets ------------------------------------------------------------------------------

    /** 32 random bytes, base64url: 256 bits no one guesses. */
    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String text) {
        return ContentHash.sha256Hex(text);
    }
}
