-- The last team.member.added / team.member.removed applied per club, team and player, by the event's occurredAt:
-- JetStream redeliveries and replays can bring an older membership change after a newer one, and the older one must
-- not undo the newer (a stale "added" would give a departed player the team's upcoming sessions again).
CREATE TABLE team_membership_changes (
    organization_id uuid         NOT NULL,
    team_id         uuid         NOT NULL,
    player_id       uuid         NOT NULL,
    member          boolean      NOT NULL,
    changed_at      timestamptz  NOT NULL,
    event_id        uuid         NOT NULL,
    PRIMARY KEY (organization_id, team_id, player_id)
);

SELECT hockeyhub_tenant_isolation('team_membership_changes');
