-- Standings: aggregate each team's results first, then join the (small) participant list, so the refresh costs one
-- pass over the games whatever the planner estimates for the participant tables (bench: 75 s -> see
-- docs/performance-statistics.md with 20,000 games when divisions/division_teams had no statistics yet).
DROP MATERIALIZED VIEW standings_mv;
CREATE MATERIALIZED VIEW standings_mv AS
WITH results AS (
    SELECT g.home_team_id AS team_id, g.home_score AS gf, g.away_score AS ga, g.decision
    FROM games g WHERE g.deleted_at IS NULL
    UNION ALL
    SELECT g.away_team_id, g.away_score, g.home_score, g.decision
    FROM games g WHERE g.deleted_at IS NULL
), per_team AS (
    SELECT r.team_id,
           count(*)                                                               AS games_played,
           count(*) FILTER (WHERE r.gf > r.ga)                                    AS wins,
           count(*) FILTER (WHERE r.gf < r.ga AND r.decision = 'regulation')      AS losses,
           count(*) FILTER (WHERE r.gf < r.ga AND r.decision <> 'regulation')     AS overtime_losses,
           count(*) FILTER (WHERE r.gf = r.ga)                                    AS ties,
           sum(r.gf)                                                              AS goals_for,
           sum(r.ga)                                                              AS goals_against
    FROM results r
    GROUP BY r.team_id
)
SELECT t.id                                     AS division_team_id,
       t.organization_id,
       t.division_id,
       d.season,
       t.name                                   AS team_name,
       t.team_id,
       coalesce(p.games_played, 0)::int         AS games_played,
       coalesce(p.wins, 0)::int                 AS wins,
       coalesce(p.losses, 0)::int               AS losses,
       coalesce(p.overtime_losses, 0)::int      AS overtime_losses,
       coalesce(p.ties, 0)::int                 AS ties,
       coalesce(p.goals_for, 0)::int            AS goals_for,
       coalesce(p.goals_against, 0)::int        AS goals_against,
       coalesce(2 * p.wins + p.overtime_losses + p.ties, 0)::int AS points
FROM division_teams t
JOIN divisions d ON d.id = t.division_id AND d.deleted_at IS NULL
LEFT JOIN per_team p ON p.team_id = t.id
WHERE t.deleted_at IS NULL;
CREATE UNIQUE INDEX standings_mv_uk ON standings_mv (division_team_id);
CREATE INDEX standings_mv_division_idx ON standings_mv (organization_id, season, division_id);
