-- The entity an audit row is about (the issue's "entity type and id"), so the trail is queryable by entity: the
-- event type without its verb (calendar.event.created -> calendar.event) and the payload's id of it. Rows stored
-- before this migration keep NULL (their payload still names the entity).
ALTER TABLE audit_events ADD COLUMN entity_type varchar(120);
ALTER TABLE audit_events ADD COLUMN entity_id uuid;

-- The audit queries of a club, newest first with keyset paging (docs/performance.md "admin-service"). The club +
-- time index of V1 serves the club's trail and a time range; a filter on a rare user, entity or action would walk
-- the club's rows of the whole range through it, so each gets the same shape with its column before the time.
-- The BRIN on occurred_at stays for what it is cheap at: the retention DELETE and platform-wide range scans.
CREATE INDEX audit_events_club_entity_ix ON audit_events (organization_id, entity_id, occurred_at DESC, event_id DESC)
    WHERE entity_id IS NOT NULL;
CREATE INDEX audit_events_club_actor_ix ON audit_events (organization_id, actor_id, occurred_at DESC, event_id DESC)
    WHERE actor_id IS NOT NULL;
CREATE INDEX audit_events_club_type_ix ON audit_events (organization_id, event_type, occurred_at DESC, event_id DESC);
