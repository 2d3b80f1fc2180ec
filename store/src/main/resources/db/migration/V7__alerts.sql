-- Issue 11, point 4: alerts. Same conventions as V1 (portable SQL, instants as UTC text with
-- milliseconds, which sort as strings).
--
-- changes: what changed, in order, for the Atom feeds of subscriptions, their webhooks and
-- GET /api/v1/changes. Ingest appends a 'CLAIM' row per new claim in the claim's own transaction;
-- events and flags append 'EVENT' and 'FLAG' rows the same way. ref_id is the claim's, event's or
-- flag's id (no foreign key: a pending machine claim replaced by a re-extraction leaves its row).
CREATE TABLE changes (
    id          ${id_pk},
    kind        TEXT NOT NULL,                 -- CLAIM | EVENT | FLAG
    changed_at  TEXT NOT NULL,
    state       TEXT,                          -- alpha-3 of the state it is about
    claim_type  TEXT,                          -- ClaimType of the claim, or of the event a flag is on
    flag_kind   TEXT,                          -- FindingKind, FLAG rows only
    ref_id      BIGINT NOT NULL,
    summary     TEXT NOT NULL                  -- at most 300 characters
);
CREATE INDEX changes_changed_at ON changes (changed_at, id);
CREATE INDEX changes_state ON changes (state, id);

-- The claims stored before alerts existed are changes too, at the time they were stored.
INSERT INTO changes (kind, changed_at, state, claim_type, flag_kind, ref_id, summary)
SELECT 'CLAIM', created_at, actor, type, NULL, id,
       SUBSTR(type || ' ' || actor || ' ' || modality || ': ' || evidence_text, 1, 300)
FROM claims ORDER BY id;

-- An analyst's subscription: empty lists match anything. The feed's key is kept as its SHA-256
-- (hex), like API tokens; the webhook's secret is kept as it is, since every delivery is signed
-- with it (HMAC-SHA256).
CREATE TABLE subscriptions (
    id                ${id_pk},
    analyst_id        BIGINT NOT NULL REFERENCES analysts (id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    states            TEXT NOT NULL,          -- alpha-3 codes separated by spaces
    claim_types       TEXT NOT NULL,          -- ClaimType names separated by spaces
    flag_kinds        TEXT NOT NULL,          -- FindingKind names separated by spaces
    feed_key_hash     TEXT NOT NULL,
    webhook_url       TEXT,
    webhook_secret    TEXT,
    queued_through    BIGINT NOT NULL,        -- the last change id considered for the webhook
    created_at        TEXT NOT NULL
);
CREATE INDEX subscriptions_analyst ON subscriptions (analyst_id, id);

-- One webhook delivery of one change to one subscription; delivery_key is its idempotent id, sent
-- with every attempt. The body is fixed when it is queued, so every retry is signed alike.
CREATE TABLE webhook_deliveries (
    id               ${id_pk},
    delivery_key     TEXT NOT NULL UNIQUE,
    subscription_id  BIGINT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    change_id        BIGINT NOT NULL REFERENCES changes (id),
    body             TEXT NOT NULL,
    status           TEXT NOT NULL,          -- PENDING | DELIVERED | FAILED
    attempts         INTEGER NOT NULL,
    created_at       TEXT NOT NULL,
    next_attempt_at  TEXT NOT NULL,
    leased_until     TEXT,                   -- a sender has it until then
    finished_at      TEXT,
    UNIQUE (subscription_id, change_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, id);

-- Every attempt, its answer or error: the delivery log an analyst reads.
CREATE TABLE webhook_attempts (
    id           ${id_pk},
    delivery_id  BIGINT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempted_at TEXT NOT NULL,
    status_code  INTEGER,
    error        TEXT,
    duration_ms  BIGINT NOT NULL
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
