-- The synthetic league's club teams and players in the roster projection (as user-service's events would put them
-- there), so the access policy finds the players. Insert-or-ignore: safe to run on every bench run.
\set ON_ERROR_STOP on
INSERT INTO hockeyhub_roster_team (team_id, organization_id, name, age_group, season)
SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, :'org', 'Team ' || lpad(n::text, 2, '0'), 'U18',
       '2025-2026'
FROM generate_series(1, 50) n
ON CONFLICT DO NOTHING;
INSERT INTO hockeyhub_roster_person (user_id, organization_id, email, first_name, last_name, roles)
SELECT ('00000000-0000-4000-9000-' || lpad((n * 100 + k)::text, 12, '0'))::uuid, :'org',
       'p' || n || '-' || k || '@bench.test', 'Player', n || '-' || k, ARRAY['player']
FROM generate_series(1, 50) n, generate_series(1, 25) k
ON CONFLICT DO NOTHING;
INSERT INTO hockeyhub_roster_member (team_id, user_id, organization_id, team_role, jersey_number, position)
SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
       ('00000000-0000-4000-9000-' || lpad((n * 100 + k)::text, 12, '0'))::uuid, :'org', 'player', k,
       CASE WHEN k = 25 THEN 'goalie' ELSE 'forward' END
FROM generate_series(1, 50) n, generate_series(1, 25) k
ON CONFLICT DO NOTHING;
ANALYZE divisions;
ANALYZE division_teams;
