-- Synthetic league for bench/statistics-bench.sh (docs/performance.md, "statistics-service"): one club (psql variable
-- org) with 50 teams of 25 players, the last `seasons` seasons (psql variable, 3-10; 10 = 2016-2017 .. 2025-2026) of
-- 5 divisions x 10 teams, 400 games per division and season = 2,000 games and 100,000 player-game rows (25 lines per
-- side) a season, i.e. 20,000 games and 1,000,000 rows for 10 seasons; and 1,250 players x the last `days` days
-- (psql variable, 660-1600) up to 2025-12-17 = 2,000,000 workload rows for 1,600 days; written in time order (as
-- real ingestion would). Every season holds the same games whatever `seasons` is, so the per-season reads (standings,
-- leaderboards, trends) see the same rows. Scores are the sums of the players' goals (ties go to a shootout: +1 for
-- the home side, uncredited). Deterministic (setseed).
\set ON_ERROR_STOP on
SELECT setseed(0.42);

CREATE TEMP TABLE b_team AS
SELECT n, ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid AS team_id FROM generate_series(1, 50) n;

INSERT INTO divisions (id, organization_id, season, name, ties_allowed, public_standings, period_minutes, periods,
                       overtime_minutes, created_at, updated_at, version)
SELECT gen_random_uuid(), :'org', (2016 + s) || '-' || (2017 + s), 'Division ' || d, false, false, 20, 3, 5, now(),
       now(), 0
FROM generate_series(10 - :seasons, 9) s, generate_series(1, 5) d;

INSERT INTO division_teams (id, organization_id, division_id, name, team_id, created_at, updated_at, version)
SELECT gen_random_uuid(), :'org', dv.id, 'Team ' || lpad(t.n::text, 2, '0'), t.team_id, now(), now(), 0
FROM divisions dv JOIN b_team t ON (t.n - 1) / 10 + 1 = substr(dv.name, 10)::int
WHERE dv.organization_id = :'org';

CREATE TEMP TABLE b_dt AS
SELECT dt.id, dt.division_id, (row_number() OVER (PARTITION BY dt.division_id ORDER BY dt.name) - 1)::int AS idx
FROM division_teams dt WHERE dt.organization_id = :'org';

INSERT INTO games (id, organization_id, division_id, season, home_team_id, away_team_id, played_at, home_score,
                   away_score, decision, created_at, updated_at, version)
SELECT gen_random_uuid(), :'org', dv.id, dv.season, h.id, a.id,
       (make_date(substr(dv.season, 1, 4)::int, 9, 1) + (g * 220 / 400))::timestamp AT TIME ZONE 'UTC'
           + interval '17 hours' + make_interval(mins => substr(dv.name, 10)::int * 10, secs => g),
       0, 0, 'regulation', now(), now(), 0
FROM divisions dv
CROSS JOIN generate_series(1, 400) g
JOIN b_dt h ON h.division_id = dv.id AND h.idx = g % 10
JOIN b_dt a ON a.division_id = dv.id AND a.idx = (g % 10 + 1 + (g / 10) % 9) % 10
WHERE dv.organization_id = :'org'
ORDER BY 7;

INSERT INTO player_game_stats (id, organization_id, game_id, player_id, team_id, season, played_at, goals, assists,
    points, plus_minus, penalty_minutes, shots, hits, blocks, faceoffs_won, faceoffs_taken, toi_seconds, goalie,
    saves, shots_against)
SELECT gen_random_uuid(), :'org', g.id,
       ('00000000-0000-4000-9000-' || lpad((t.n * 100 + k)::text, 12, '0'))::uuid, t.team_id, g.season, g.played_at,
       x.goals, x.assists, x.goals + x.assists, x.pm, x.pim, x.goals + x.extra_shots, x.hits, x.blocks, 0, 0,
       CASE WHEN k = 25 THEN 3600 ELSE 600 + x.toi END, k = 25, x.saves, x.saves + x.against
FROM games g
CROSS JOIN (VALUES (true), (false)) AS side(home)
JOIN division_teams dt ON dt.id = CASE WHEN side.home THEN g.home_team_id ELSE g.away_team_id END
JOIN b_team t ON t.team_id = dt.team_id
CROSS JOIN generate_series(1, 25) k
CROSS JOIN LATERAL (
    SELECT CASE WHEN k < 25 AND random() < 0.11 + k * 0.0 THEN 1 + (random() < 0.1)::int ELSE 0 END AS goals,
           CASE WHEN k < 25 AND random() < 0.15 + k * 0.0 THEN 1 ELSE 0 END AS assists,
           floor(random() * 5 - 2)::int AS pm, (random() < 0.15)::int * 2 AS pim,
           floor(random() * 4)::int AS extra_shots, floor(random() * 4)::int AS hits,
           floor(random() * 3)::int AS blocks, floor(random() * 900)::int AS toi,
           CASE WHEN k = 25 THEN 22 + floor(random() * 14)::int ELSE 0 END AS saves,
           CASE WHEN k = 25 THEN floor(random() * 5)::int ELSE 0 END AS against) x
WHERE g.organization_id = :'org'
ORDER BY g.played_at;

-- a side's score is its players' goals (assists are not matched to goals: synthetic)
UPDATE games g SET home_score = s.home, away_score = s.away
FROM (SELECT ps.game_id,
             sum(ps.goals) FILTER (WHERE ps.team_id = ht.team_id) AS home,
             sum(ps.goals) FILTER (WHERE ps.team_id = at.team_id) AS away
      FROM player_game_stats ps JOIN games gg ON gg.id = ps.game_id
      JOIN division_teams ht ON ht.id = gg.home_team_id JOIN division_teams at ON at.id = gg.away_team_id
      WHERE ps.organization_id = :'org' GROUP BY ps.game_id) s
WHERE g.id = s.game_id;
UPDATE games SET home_score = home_score + 1, decision = 'shootout'
WHERE organization_id = :'org' AND home_score = away_score;

INSERT INTO workload_entries (id, organization_id, player_id, source_id, session_id, occurred_at, load_date,
                              duration_minutes, rpe, load, session_type, created_at)
SELECT gen_random_uuid(), :'org', ('00000000-0000-4000-9000-' || lpad((t.n * 100 + k)::text, 12, '0'))::uuid,
       gen_random_uuid(), NULL,
       (date '2021-08-01' + d)::timestamp AT TIME ZONE 'UTC' + interval '16 hours' + make_interval(mins => k),
       date '2021-08-01' + d, 60 + (k % 4) * 10, r.rpe, (60 + (k % 4) * 10) * r.rpe, 'on_ice', now()
FROM generate_series(1600 - :days, 1599) d
CROSS JOIN b_team t
CROSS JOIN generate_series(1, 25) k
CROSS JOIN LATERAL (SELECT round((3 + random() * 6 + d * 0)::numeric, 1) AS rpe) r
ORDER BY d, t.n, k;

INSERT INTO stats_refresh_requests (organization_id) VALUES (:'org');
