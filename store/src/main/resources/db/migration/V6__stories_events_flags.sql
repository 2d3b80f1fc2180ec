-- Issue 11: stories (near-copies of one article), events (claims about one act across documents)
-- and the flags raised on events. Same conventions as V1. Written in the document's own
-- transaction at ingest (see story/StoryIndex and event/EventIndex), so a crash leaves each
-- document with its story and its claims' events, or neither.

-- A story is one article and its copies (republished, edited, retitled, cut); counted once as a source.
CREATE TABLE stories (
    id                ${id_pk},
    first_document_id BIGINT NOT NULL,         -- the document that began it
    created_at        TEXT NOT NULL
);

-- Each document's story, with its MinHash signature (base64 of 192 longs, see story/MinHash).
CREATE TABLE document_stories (
    document_id BIGINT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    story_id    BIGINT NOT NULL REFERENCES stories (id),
    copy_of     BIGINT,                        -- the stored document it was found to copy, NULL for a story's first
    similarity  DOUBLE PRECISION,              -- estimated Jaccard of 3-word shingles with copy_of (1 for the same words)
    words_hash  TEXT NOT NULL,                 -- SHA-256 of the words alone (case, punctuation and spacing dropped)
    signature   TEXT NOT NULL
);
CREATE INDEX document_stories_story ON document_stories (story_id, document_id);
CREATE INDEX document_stories_words ON document_stories (words_hash);

-- Locality-sensitive hashing: one row per band of a document's signature.
CREATE TABLE minhash_bands (
    hash        BIGINT NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (hash, document_id)
);
CREATE INDEX minhash_bands_document ON minhash_bands (document_id);

-- An event: claims with one codebook key (type, actor, treaty, recipient) reported within a year
-- of each other (see event/EventIndex for the rule). first/last_reported span all its claims,
-- rejected ones included, for that rule; the sums after them count only the claims not rejected
-- (event/Event), and are brought up to date in the transaction that changes one of its claims.
CREATE TABLE events (
    id              ${id_pk},
    event_key       TEXT NOT NULL,             -- type|actor|treaty|recipient, empty for a missing part
    type            TEXT NOT NULL,
    actor           TEXT NOT NULL,
    treaty          TEXT,
    recipient       TEXT,
    first_reported  TEXT NOT NULL,
    last_reported   TEXT NOT NULL,
    weapon          TEXT,
    modality        TEXT,                      -- FACT once a counted report says so, else the latest counted one's
    first_counted   TEXT,                      -- the first and latest counted report's dates
    latest_counted  TEXT,
    reports_counted INTEGER NOT NULL DEFAULT 0,
    documents       INTEGER NOT NULL DEFAULT 0,
    stories         INTEGER NOT NULL DEFAULT 0,
    sources         INTEGER NOT NULL DEFAULT 0, -- independent sources: documents joined by story or outlet
    outlets         INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL,             -- when its claims last changed
    checked_at      TEXT,                      -- when its flags were last worked out (NULL: never)
    checked_record  TEXT                       -- the reference-data version they were worked out on
);
CREATE INDEX events_key ON events (event_key, first_reported);
CREATE INDEX events_actor ON events (actor, id);

CREATE TABLE event_claims (
    claim_id BIGINT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    reported TEXT NOT NULL                     -- the document's date, else the day it was stored
);
CREATE INDEX event_claims_event ON event_claims (event_id, reported);

-- A flag: a check of an event against the treaty record found something (kind, reason, treaty
-- article, the status engine's answer). Analysts confirm or dismiss it; a re-run that finds the
-- same kind again keeps the decision, one that no longer finds it closes the flag (RESOLVED).
CREATE TABLE event_flags (
    id            ${id_pk},
    event_id      BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    reason        TEXT NOT NULL,
    article       TEXT,
    engine_answer TEXT,
    claim_id      BIGINT,                      -- the report whose evidence raised it
    state         TEXT NOT NULL,               -- OPEN, CONFIRMED, DISMISSED, RESOLVED
    decided_by    TEXT,
    decided_at    TEXT,
    raised_at     TEXT NOT NULL,
    checked_at    TEXT NOT NULL,
    UNIQUE (event_id, kind)
);
CREATE INDEX event_flags_state ON event_flags (state, id);

-- The audit trail of flag decisions; rows are only ever added.
CREATE TABLE flag_reviews (
    id       ${id_pk},
    flag_id  BIGINT NOT NULL REFERENCES event_flags (id) ON DELETE CASCADE,
    analyst  TEXT NOT NULL,
    at       TEXT NOT NULL,
    action   TEXT NOT NULL,                    -- CONFIRM, DISMISS, REOPEN by analysts; RAISE, RESOLVE by the checks
    state    TEXT NOT NULL,                    -- the flag's state after it
    reason   TEXT
);
CREATE INDEX flag_reviews_flag ON flag_reviews (flag_id, id);
