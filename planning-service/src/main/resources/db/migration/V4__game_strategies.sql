-- Game strategies: one per calendar game, with the lineups by type (jsonb, validated in code against the team's
-- roster), tactics, scouting notes (the team's planners only), period adjustments and the post-game analysis.
CREATE TABLE game_strategies (
    id                 uuid          PRIMARY KEY,
    organization_id    uuid          NOT NULL,
    team_id            uuid          NOT NULL,
    calendar_event_id  uuid          NOT NULL,
    opponent           varchar(120)  NOT NULL,
    game_date          date          NOT NULL,
    status             varchar(20)   NOT NULL CHECK (status IN ('active', 'cancelled')),
    lineups            jsonb         NOT NULL,
    tactics            varchar(4000),
    scouting_notes     varchar(4000),
    period_adjustments jsonb         NOT NULL,
    post_game_analysis varchar(4000),
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint        NOT NULL DEFAULT 0
);
-- one strategy per game
CREATE UNIQUE INDEX game_strategies_game_uk ON game_strategies (calendar_event_id) WHERE deleted_at IS NULL;
CREATE INDEX game_strategies_team_ix ON game_strategies (team_id, game_date) WHERE deleted_at IS NULL;

SELECT hockeyhub_tenant_isolation('game_strategies');
