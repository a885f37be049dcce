-- Row-level security as defence in depth (architecture.md "Security model"): every connection says whose data it
-- is for (shared-lib db.TenantScopedDataSource sets hockeyhub.organization_id: the caller's club, or '' for super
-- admins, service tokens and background work); a club member's session then sees and writes only their club's rows.
-- The materialized views have no row-level security (PostgreSQL has none for them): they are refreshed by the
-- background job (all clubs) and every query on them names the caller's club.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['divisions', 'division_teams', 'games', 'player_game_stats', 'workload_entries', 'workload_risk', 'player_injuries', 'stats_refresh_requests'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
            USING (nullif(current_setting('hockeyhub.organization_id', true), '') IS NULL
                   OR organization_id = nullif(current_setting('hockeyhub.organization_id', true), '')::uuid)$p$, t);
    END LOOP;
END
$$;
