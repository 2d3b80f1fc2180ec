-- Treatywatch schema, version 2: analysts' sign-in sessions of the web app, kept in the store so
-- that a restart of `treatywatch serve` signs no one out and servers sharing one PostgreSQL
-- database know each other's sessions. Same conventions as V1 (portable SQL, instants as UTC text
-- with milliseconds, which sort as strings).
--
-- Like API tokens, a session is stored as the SHA-256 (hex) of its id, the value of the tw_session
-- cookie: a copy of the database does not let anyone sign in. The CSRF token is kept as it is,
-- since every form shows it; without the cookie it is worth nothing.
CREATE TABLE analyst_sessions (
    id_hash      TEXT PRIMARY KEY,
    analyst_id   BIGINT NOT NULL REFERENCES analysts (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,               -- refreshed at most about once a minute (web: Sessions)
    expires_at   TEXT NOT NULL                -- no longer valid after this instant
);
-- The sweep of expired sessions deletes a range of this index, never scanning the table.
CREATE INDEX analyst_sessions_expires ON analyst_sessions (expires_at);
-- An analyst's sessions, longest idle first: the per-analyst cap drops those.
CREATE INDEX analyst_sessions_analyst ON analyst_sessions (analyst_id, last_seen_at);
