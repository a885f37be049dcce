-- Where an assignment came from, so team membership changes touch only what came through the team:
--   team       the session was given to the player's team (whole team or a position group), or the player joined
--              the team (team.member.added) or moved into it (the transfer saga) while it was upcoming;
--   individual the player was named (listed players, a template assigned to players) — kept when they leave a team.
ALTER TABLE assignments ADD COLUMN source varchar(20) NOT NULL DEFAULT 'team'
    CHECK (source IN ('team', 'individual'));
CREATE INDEX assignments_team_player_ix ON assignments (team_id, player_id, status) WHERE deleted_at IS NULL;

-- Who a session was given to through its team: the whole team ('*') or a position group ('defense', ...). A player
-- who joins the team gets the team's upcoming sessions whose audience includes them.
CREATE TABLE session_audiences (
    session_id      uuid         NOT NULL REFERENCES workout_sessions (id),
    organization_id uuid         NOT NULL,
    position        varchar(40)  NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, position)
);

-- sessions assigned before this migration were given to their teams (what the transfer step assumed); the migration
-- reads every club's rows (assignments has the fail-closed tenant policy), for this transaction only
SELECT set_config('hockeyhub.organization_id', '*', true);
INSERT INTO session_audiences (session_id, organization_id, position)
SELECT DISTINCT session_id, organization_id, '*' FROM assignments WHERE deleted_at IS NULL
ON CONFLICT DO NOTHING;

SELECT hockeyhub_tenant_isolation('session_audiences');
