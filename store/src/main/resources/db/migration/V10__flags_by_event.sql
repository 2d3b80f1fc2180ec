-- The flags of one event by review state: the state page and the flags list of one state reach a
-- state's flags from its events (FlagStore), one lookup an event instead of a walk over every flag
-- of the status.
CREATE INDEX event_flags_event_state ON event_flags (event_id, state);
