-- shared-lib: the one row-level-security policy (architecture.md "Security model"), as a function a service's
-- migration calls per club table: SELECT hockeyhub_tenant_isolation('injuries');
-- Every connection says whose data it is for (db.TenantScopedDataSource sets hockeyhub.organization_id: the caller's
-- club, or '' for super admins, service tokens and background work); a club member's session then sees and writes
-- only their club's rows. A Flyway callback (runs before every migrate), so versioned migrations can call it.
CREATE OR REPLACE FUNCTION hockeyhub_tenant_isolation(club_table regclass) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', club_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', club_table);
    IF NOT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = club_table AND polname = 'tenant_isolation') THEN
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
            USING (nullif(current_setting('hockeyhub.organization_id', true), '') IS NULL
                   OR organization_id = nullif(current_setting('hockeyhub.organization_id', true), '')::uuid)$p$,
            club_table);
    END IF;
END
$fn$;
