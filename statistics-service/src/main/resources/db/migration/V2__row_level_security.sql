-- Row-level security as defence in depth (architecture.md "Security model"), through shared-lib's one policy
-- (db/shared/beforeMigrate__hockeyhub_tenant_isolation.sql): a club member's session sees and writes only their
-- club's rows. The materialized views cannot carry a policy: they are refreshed by the background job (all clubs)
-- and every query on them names the caller's club.
SELECT hockeyhub_tenant_isolation('divisions');
SELECT hockeyhub_tenant_isolation('division_teams');
SELECT hockeyhub_tenant_isolation('games');
SELECT hockeyhub_tenant_isolation('player_game_stats');
SELECT hockeyhub_tenant_isolation('workload_entries');
SELECT hockeyhub_tenant_isolation('workload_risk');
SELECT hockeyhub_tenant_isolation('player_injuries');
SELECT hockeyhub_tenant_isolation('stats_refresh_requests');
