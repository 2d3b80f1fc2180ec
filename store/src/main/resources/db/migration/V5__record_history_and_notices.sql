-- Issue 12: the record with its transaction time, and depositary notifications proposed, then
-- confirmed. Same conventions as V1 (portable SQL, instants as UTC text with milliseconds).
--
-- Every version of every row of the participation, armed-conflict, declaration and
-- obligation-extension record, only ever added: when it was recorded and by whom, beside the
-- dates the row is about (in row_json). The record as known on day K is, per (kind, record_key),
-- the last version recorded before the end of K; a version whose row_json is NULL removed the
-- row. The participation and armed_conflicts tables stay the current record (V1); declarations
-- and obligation extensions are current as their latest versions here.
CREATE TABLE record_versions (
    id          ${id_pk},
    kind        TEXT NOT NULL,                 -- participation, armed_conflict, declaration, obligation_extension
    record_key  TEXT NOT NULL,                 -- APMBC/LTU, UKR/2014-02-20, APMBC/UKR/2025-07-18/suspension, ...
    row_json    TEXT,                          -- the row (dates as ISO text), NULL: removed
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,                 -- an analyst, or 'seed' for the shipped data
    source      TEXT NOT NULL,                 -- a C.N. reference, a shipped file, or ''
    change_id   BIGINT                         -- the confirmed record_changes row, if any
);
CREATE INDEX record_versions_key ON record_versions (kind, record_key, recorded_at, id);
CREATE INDEX record_versions_at ON record_versions (recorded_at, id);

-- A depositary notification read and proposed as a change to the record; one per C.N. reference,
-- so the same notice twice proposes nothing twice. An analyst confirms (it is applied at once)
-- or rejects it.
CREATE TABLE record_changes (
    id               ${id_pk},
    notice_reference TEXT NOT NULL UNIQUE,
    notice_json      TEXT NOT NULL,
    treaty           TEXT NOT NULL,
    state            TEXT NOT NULL,
    action           TEXT NOT NULL,
    kind             TEXT NOT NULL,
    record_key       TEXT NOT NULL,
    summary          TEXT NOT NULL,            -- "Lithuania: PARTY -> WITHDRAWING from 2025-06-27, WITHDRAWN on 2025-12-27"
    before_json      TEXT,
    after_json       TEXT NOT NULL,
    status           TEXT NOT NULL,            -- PROPOSED, CONFIRMED, REJECTED
    proposed_by      TEXT NOT NULL,
    proposed_at      TEXT NOT NULL,
    decided_by       TEXT,
    decided_at       TEXT
);
CREATE INDEX record_changes_status ON record_changes (status, id);
CREATE INDEX record_changes_decided ON record_changes (status, decided_at);

-- The audit trail of record changes, as claim_reviews is for claims: who proposed, confirmed or
-- rejected which change, when, the row before and after, and why. Rows are only ever added.
CREATE TABLE record_change_reviews (
    id          ${id_pk},
    change_id   BIGINT NOT NULL REFERENCES record_changes (id) ON DELETE CASCADE,
    analyst     TEXT NOT NULL,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,                 -- ADD (proposed), ACCEPT (confirmed), REJECT
    before_json TEXT,
    after_json  TEXT,
    reason      TEXT
);
CREATE INDEX record_change_reviews_change ON record_change_reviews (change_id, id);
