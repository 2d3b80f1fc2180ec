-- Treatywatch schema, version 1. One script for SQLite and PostgreSQL: the only difference, the
-- auto-numbered primary key and the byte-order collation of search terms, are the placeholders
-- ${id_pk} and ${term_collate} (see Migrations.java). Everything else is
-- portable SQL: TEXT, BIGINT, INTEGER, DOUBLE PRECISION. Dates are ISO-8601 text ('2025-06-27'),
-- instants are UTC text with milliseconds ('2025-06-27T10:15:30.000Z'): both sort as strings and
-- read the same in any SQLite tool. Versions V1-V9 belong to the store, V10 onwards to web.

CREATE TABLE documents (
    id                ${id_pk},
    external_id       TEXT NOT NULL,           -- where it came from: a path as given, a feed item's id
    title             TEXT,
    url               TEXT,
    outlet            TEXT,
    published         TEXT,                    -- ISO date or NULL
    text              TEXT NOT NULL,
    content_hash      TEXT NOT NULL UNIQUE,    -- SHA-256 of the text (UTF-8), hex: the same article twice is one document
    ingested_at       TEXT NOT NULL,
    extractor_version TEXT NOT NULL            -- the ClaimExtractor.version() whose claims are stored
);
CREATE INDEX documents_published ON documents (published, id);

-- One row per claim (CODEBOOK.md, "A claim"); optional groups (quantity, amount, speaker) are
-- flattened into nullable columns. published copies the document's date so that date filters and
-- keyset pagination need no join.
CREATE TABLE claims (
    id                ${id_pk},
    document_id       BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type              TEXT NOT NULL,
    actor             TEXT NOT NULL,
    modality          TEXT NOT NULL,
    treaty            TEXT,
    stage             TEXT,
    weapon            TEXT,
    recipient         TEXT,
    alleged_by        TEXT,
    quantity_min      BIGINT,
    quantity_max      BIGINT,
    quantity_unit     TEXT,
    amount_min        DOUBLE PRECISION,
    amount_max        DOUBLE PRECISION,
    amount_currency   TEXT,
    when_text         TEXT,
    speaker_name      TEXT,
    speaker_role      TEXT,
    speaker_actor     TEXT,
    evidence_start    INTEGER NOT NULL,
    evidence_end      INTEGER NOT NULL,
    evidence_text     TEXT NOT NULL,
    origin            TEXT NOT NULL,           -- MACHINE (from the extractor) or ANALYST (added by hand)
    review_state      TEXT NOT NULL,           -- PENDING, ACCEPTED, REJECTED, EDITED
    reviewed_by       TEXT,
    reviewed_at       TEXT,
    extractor_version TEXT,                    -- for MACHINE claims
    published         TEXT,
    created_at        TEXT NOT NULL
);
CREATE INDEX claims_document ON claims (document_id);
CREATE INDEX claims_actor ON claims (actor, id);
CREATE INDEX claims_type ON claims (type, id);
CREATE INDEX claims_review ON claims (review_state, id);
CREATE INDEX claims_published ON claims (published, id);
CREATE INDEX claims_reviewed_at ON claims (review_state, reviewed_at);

-- The audit trail of reviews: who did what to which claim, and the claim before and after (codebook
-- JSON). Rows are only ever added.
CREATE TABLE claim_reviews (
    id          ${id_pk},
    claim_id    BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    analyst     TEXT NOT NULL,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,                 -- ACCEPT, REJECT, EDIT, ADD, RESET
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX claim_reviews_claim ON claim_reviews (claim_id, id);

CREATE TABLE analysts (
    id            ${id_pk},
    name          TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,               -- a bcrypt hash, written by the web module
    created_at    TEXT NOT NULL
);

-- API tokens are stored as the SHA-256 of the token: a leaked database does not leak tokens.
CREATE TABLE api_tokens (
    id           ${id_pk},
    token_hash   TEXT NOT NULL UNIQUE,
    analyst_id   BIGINT NOT NULL REFERENCES analysts (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    last_used_at TEXT
);

-- Free-text search (see search/TermIndex.java): the terms of each document and each claim's
-- evidence, made by one Java tokenizer so that both databases find the same things.
CREATE TABLE document_terms (
    term        TEXT ${term_collate} NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (term, document_id)
);
CREATE INDEX document_terms_document ON document_terms (document_id);

CREATE TABLE claim_terms (
    term     TEXT ${term_collate} NOT NULL,
    claim_id BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    PRIMARY KEY (term, claim_id)
);
CREATE INDEX claim_terms_claim ON claim_terms (claim_id);

-- Treaty participation, one row per treaty and state, with the columns of
-- shared/data/treaties/*-participants.csv. Seeded from core's defaults once; analysts edit it.
CREATE TABLE participation (
    treaty               TEXT NOT NULL,
    state                TEXT NOT NULL,
    state_name           TEXT,
    signed               TEXT,
    instrument           TEXT,
    deposited            TEXT,
    withdrawal_deposited TEXT,
    withdrawal_effective TEXT,
    note                 TEXT,
    updated_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    PRIMARY KEY (treaty, state)
);

-- Armed conflicts a state is engaged in: APMBC Art. 20(3) and CCM Art. 20(2) hold a withdrawal back
-- until the conflict ends. ended NULL = still going on.
CREATE TABLE armed_conflicts (
    id          ${id_pk},
    state       TEXT NOT NULL,
    started     TEXT NOT NULL,
    ended       TEXT,
    description TEXT,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX armed_conflicts_state ON armed_conflicts (state);

-- Small facts about the store itself, e.g. when the reference data was seeded (so that an analyst
-- who deletes a row does not see it come back on the next start).
CREATE TABLE store_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
