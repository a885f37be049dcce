-- statistics-service schema: divisions (a season's league of teams), games with per-player stats, workload entries
-- and each player's current workload risk. Standings and player season totals are materialized views refreshed
-- CONCURRENTLY by the refresh job (standings package) after new results; readers never wait for a refresh.

-- A league division of one season, kept by the club (its own teams and its opponents).
CREATE TABLE divisions (
    id                 uuid PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    season             text        NOT NULL CHECK (season ~ '^[0-9]{4}-[0-9]{4}$'),
    name               text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    ties_allowed       boolean     NOT NULL,
    public_standings   boolean     NOT NULL,
    period_minutes     integer     NOT NULL CHECK (period_minutes BETWEEN 5 AND 20),
    periods            integer     NOT NULL CHECK (periods BETWEEN 2 AND 3),
    overtime_minutes   integer     NOT NULL CHECK (overtime_minutes BETWEEN 0 AND 20),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint      NOT NULL
);
CREATE UNIQUE INDEX divisions_name_uk ON divisions (organization_id, season, lower(name)) WHERE deleted_at IS NULL;

-- A participant of a division: one of the club's teams (team_id, from the roster) or an opponent known by name.
CREATE TABLE division_teams (
    id                 uuid PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    division_id        uuid        NOT NULL REFERENCES divisions (id),
    name               text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    team_id            uuid,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint      NOT NULL
);
CREATE UNIQUE INDEX division_teams_name_uk ON division_teams (division_id, lower(name)) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX division_teams_team_uk ON division_teams (division_id, team_id)
    WHERE deleted_at IS NULL AND team_id IS NOT NULL;
CREATE INDEX division_teams_club_team_idx ON division_teams (team_id) WHERE team_id IS NOT NULL;

-- A played game. The natural key (division, home, away, start) makes a second recording of the same game replace
-- the first instead of adding to it.
CREATE TABLE games (
    id                 uuid PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    division_id        uuid        NOT NULL REFERENCES divisions (id),
    season             text        NOT NULL,
    home_team_id       uuid        NOT NULL REFERENCES division_teams (id),
    away_team_id       uuid        NOT NULL REFERENCES division_teams (id),
    played_at          timestamptz NOT NULL,
    home_score         integer     NOT NULL CHECK (home_score BETWEEN 0 AND 50),
    away_score         integer     NOT NULL CHECK (away_score BETWEEN 0 AND 50),
    decision           text        NOT NULL CHECK (decision IN ('regulation', 'overtime', 'shootout')),
    home_shots         integer     CHECK (home_shots >= 0),
    away_shots         integer     CHECK (away_shots >= 0),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint      NOT NULL,
    CHECK (home_team_id <> away_team_id),
    CHECK (decision = 'regulation' OR home_score <> away_score)
);
CREATE UNIQUE INDEX games_natural_uk ON games (division_id, home_team_id, away_team_id, played_at)
    WHERE deleted_at IS NULL;
CREATE INDEX games_org_season_idx ON games (organization_id, season, played_at) WHERE deleted_at IS NULL;
CREATE INDEX games_home_idx ON games (home_team_id) WHERE deleted_at IS NULL;
CREATE INDEX games_away_idx ON games (away_team_id) WHERE deleted_at IS NULL;
-- time series: rows arrive in time order, so a BRIN index on the time column is tiny and serves range scans
CREATE INDEX games_played_at_brin ON games USING brin (played_at);

-- One player's line in one game (club players only). Replaced as a whole when the game is recorded again.
CREATE TABLE player_game_stats (
    id                 uuid PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    game_id            uuid        NOT NULL REFERENCES games (id) ON DELETE CASCADE,
    player_id          uuid        NOT NULL,
    team_id            uuid        NOT NULL,
    season             text        NOT NULL,
    played_at          timestamptz NOT NULL,
    goals              integer     NOT NULL CHECK (goals >= 0),
    assists            integer     NOT NULL CHECK (assists >= 0),
    points             integer     NOT NULL CHECK (points = goals + assists),
    plus_minus         integer     NOT NULL,
    penalty_minutes    integer     NOT NULL CHECK (penalty_minutes >= 0),
    shots              integer     NOT NULL CHECK (shots >= goals),
    hits               integer     NOT NULL CHECK (hits >= 0),
    blocks             integer     NOT NULL CHECK (blocks >= 0),
    faceoffs_won       integer     NOT NULL CHECK (faceoffs_won >= 0),
    faceoffs_taken     integer     NOT NULL CHECK (faceoffs_taken >= faceoffs_won),
    toi_seconds        integer     NOT NULL CHECK (toi_seconds >= 0),
    goalie             boolean     NOT NULL,
    saves              integer     NOT NULL CHECK (saves >= 0),
    shots_against      integer     NOT NULL CHECK (shots_against >= saves),
    CONSTRAINT player_game_stats_once UNIQUE (game_id, player_id)
);
CREATE INDEX player_game_stats_player_idx ON player_game_stats (player_id, played_at);
CREATE INDEX player_game_stats_team_idx ON player_game_stats (team_id, season);
CREATE INDEX player_game_stats_played_at_brin ON player_game_stats USING brin (played_at);

-- Training load from training.workout.completed: load = duration (minutes) x RPE. One row per completed workout
-- (source_id = the execution, or the event when it names none), so a redelivered event never counts twice.
CREATE TABLE workload_entries (
    id                 uuid PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    player_id          uuid        NOT NULL,
    source_id          uuid        NOT NULL,
    session_id         uuid,
    occurred_at        timestamptz NOT NULL,
    load_date          date        NOT NULL,
    duration_minutes   integer     NOT NULL CHECK (duration_minutes BETWEEN 0 AND 1440),
    rpe                numeric(3, 1) CHECK (rpe BETWEEN 0 AND 10),
    load               numeric(10, 2) NOT NULL CHECK (load >= 0),
    session_type       text,
    created_at         timestamptz NOT NULL,
    CONSTRAINT workload_entries_once UNIQUE (source_id, player_id)
);
CREATE INDEX workload_entries_player_idx ON workload_entries (player_id, load_date) INCLUDE (load);
CREATE INDEX workload_entries_occurred_brin ON workload_entries USING brin (occurred_at);

-- A player's current acute:chronic workload ratio and band; a change of band is published once.
CREATE TABLE workload_risk (
    player_id          uuid PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    as_of              date        NOT NULL,
    acute_load         numeric(12, 2) NOT NULL,
    chronic_load       numeric(12, 2) NOT NULL,
    ratio              numeric(6, 3),
    band               text        NOT NULL CHECK (band IN ('low', 'normal', 'high', 'critical')),
    band_since         date        NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX workload_risk_org_idx ON workload_risk (organization_id, as_of);

-- Injuries from medical.injury.reported/recovered (no medical text): games missed while injured.
CREATE TABLE player_injuries (
    injury_id          uuid PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    player_id          uuid        NOT NULL,
    injury_date        date        NOT NULL,
    recovered_on       date,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX player_injuries_player_idx ON player_injuries (player_id);

-- New results waiting for the views: written in the recording transaction, consumed by the refresh job.
CREATE TABLE stats_refresh_requests (
    id                 bigserial PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    requested_at       timestamptz NOT NULL DEFAULT now()
);

-- Standings: points = 2 x W + OTL + T, per division team (teams without games included, all zero).
CREATE MATERIALIZED VIEW standings_mv AS
WITH results AS (
    SELECT g.home_team_id AS team_id, g.home_score AS gf, g.away_score AS ga, g.decision
    FROM games g WHERE g.deleted_at IS NULL
    UNION ALL
    SELECT g.away_team_id, g.away_score, g.home_score, g.decision
    FROM games g WHERE g.deleted_at IS NULL
)
SELECT t.id                                                                   AS division_team_id,
       t.organization_id,
       t.division_id,
       d.season,
       t.name                                                                 AS team_name,
       t.team_id,
       count(r.team_id)::int                                                  AS games_played,
       count(*) FILTER (WHERE r.gf > r.ga)::int                               AS wins,
       count(*) FILTER (WHERE r.gf < r.ga AND r.decision = 'regulation')::int AS losses,
       count(*) FILTER (WHERE r.gf < r.ga AND r.decision <> 'regulation')::int AS overtime_losses,
       count(*) FILTER (WHERE r.gf = r.ga)::int                               AS ties,
       coalesce(sum(r.gf), 0)::int                                            AS goals_for,
       coalesce(sum(r.ga), 0)::int                                            AS goals_against,
       (2 * count(*) FILTER (WHERE r.gf > r.ga)
          + count(*) FILTER (WHERE r.gf < r.ga AND r.decision <> 'regulation')
          + count(*) FILTER (WHERE r.gf = r.ga))::int                         AS points
FROM division_teams t
JOIN divisions d ON d.id = t.division_id AND d.deleted_at IS NULL
LEFT JOIN results r ON r.team_id = t.id
WHERE t.deleted_at IS NULL
GROUP BY t.id, t.organization_id, t.division_id, d.season, t.name, t.team_id;
CREATE UNIQUE INDEX standings_mv_uk ON standings_mv (division_team_id);
CREATE INDEX standings_mv_division_idx ON standings_mv (organization_id, season, division_id);

-- Season totals per player and club team: leaderboards and season stats read these rows.
CREATE MATERIALIZED VIEW player_season_stats_mv AS
SELECT s.organization_id,
       s.season,
       s.player_id,
       s.team_id,
       count(*)::int                                AS games_played,
       sum(s.goals)::int                            AS goals,
       sum(s.assists)::int                          AS assists,
       sum(s.points)::int                           AS points,
       sum(s.plus_minus)::int                       AS plus_minus,
       sum(s.penalty_minutes)::int                  AS penalty_minutes,
       sum(s.shots)::int                            AS shots,
       sum(s.hits)::int                             AS hits,
       sum(s.blocks)::int                           AS blocks,
       sum(s.faceoffs_won)::int                     AS faceoffs_won,
       sum(s.faceoffs_taken)::int                   AS faceoffs_taken,
       sum(s.toi_seconds)::bigint                   AS toi_seconds,
       count(*) FILTER (WHERE s.goalie)::int        AS goalie_games,
       sum(s.saves)::int                            AS saves,
       sum(s.shots_against)::int                    AS shots_against
FROM player_game_stats s
GROUP BY s.organization_id, s.season, s.player_id, s.team_id;
CREATE UNIQUE INDEX player_season_stats_mv_uk ON player_season_stats_mv (organization_id, season, player_id, team_id);
CREATE INDEX player_season_stats_mv_player_idx ON player_season_stats_mv (player_id, season);
