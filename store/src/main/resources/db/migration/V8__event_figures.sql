-- Issue 11: an event's figures kept as reports arrive, not summed again from all its reports (see
-- event/EventFigures). Adding a report reads and writes only the rows it touches: the event's
-- row, its members named by the report, and the report's neighbours in time. Rejections, edits
-- that move a claim and events joined by a bridging report sum the event up again from its reports.

-- The first counted report (the claim whose evidence a flag cites) and the date of the first
-- counted report that names a weapon; figures_kept is 0 for events made before V8, whose members
-- and steps are filled when the store is next opened.
ALTER TABLE events ADD COLUMN first_claim BIGINT;
ALTER TABLE events ADD COLUMN weapon_reported TEXT;
ALTER TABLE events ADD COLUMN figures_kept INTEGER NOT NULL DEFAULT 0;

-- What the counted reports of an event name, each once: its documents (kind d), stories (s),
-- outlets as grouped (o: trimmed, lower case) and as named (n: trimmed), speakers (p). Documents,
-- stories and grouped outlets that share a report are one source group (grp); the event's sources
-- are its groups. reported and claim_id: the first counted report (by date, then claim) that named it.
CREATE TABLE event_members (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind     CHAR(1) NOT NULL,
    member   TEXT NOT NULL,
    grp      BIGINT NOT NULL,                  -- the smallest claim id of the group's reports when summed up
    reported TEXT NOT NULL,
    claim_id BIGINT NOT NULL,
    PRIMARY KEY (event_id, kind, member)
);
CREATE INDEX event_members_group ON event_members (event_id, grp);

-- The modalities over time: each counted report (by date, then claim) whose modality or stage
-- differs from the report before it.
CREATE TABLE event_steps (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    reported TEXT NOT NULL,
    claim_id BIGINT NOT NULL,
    modality TEXT NOT NULL,
    stage    TEXT,
    PRIMARY KEY (event_id, reported, claim_id)
);

-- A report's neighbours in time, for its step: the reports of an event by date, then claim.
CREATE INDEX event_claims_order ON event_claims (event_id, reported, claim_id);
DROP INDEX event_claims_event;
