-- shared-lib: the one row-level-security policy (architecture.md "Security model"), as a function a service's
-- migration calls per club table: SELECT hockeyhub_tenant_isolation('injuries');
-- Every connection says whose data it is for in hockeyhub.organization_id (db.TenantScopedDataSource): the caller's
-- club, or '*' where the code states that it works across clubs (super admins, service tokens, jobs, event
-- handlers, seeds). The policy fails closed: a connection that states nothing (or anything but a club id or '*')
-- sees and writes no club's rows. A Flyway callback (runs before every migrate), so versioned migrations can call
-- it (afterMigrate__hockeyhub_tenant_isolation.sql brings older policies up to date).
-- What the connection states, each read once per statement: the rule below wraps them in scalar subqueries, which
-- PostgreSQL runs once as InitPlans (a bare current_setting() and the pattern match ran once per row: a list of a
-- 100,000-member club took 890 ms instead of 85, docs/performance.md), and compares the club column with a value the
-- planner can estimate.
-- Replicas of a service starting together run this at once, outside Flyway's own lock: two CREATE OR REPLACE of one
-- function in flight fail the second with "tuple concurrently updated". One at a time (until this one commits).
SELECT pg_advisory_xact_lock(hashtext('hockeyhub_tenant_isolation'));

CREATE OR REPLACE FUNCTION hockeyhub_every_club() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT coalesce(current_setting('hockeyhub.organization_id', true) = '*', false)
$fn$;

CREATE OR REPLACE FUNCTION hockeyhub_current_club() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
    SELECT CASE WHEN current_setting('hockeyhub.organization_id', true)
                     ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
                THEN current_setting('hockeyhub.organization_id', true)::uuid END
$fn$;

-- The rule on any column that holds the row's club: organization_id on club tables, id on the clubs' own table.
CREATE OR REPLACE FUNCTION hockeyhub_tenant_isolation_rule_on(club_column text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT format($r$((SELECT hockeyhub_every_club()) OR %I = (SELECT hockeyhub_current_club()))$r$, club_column)
$fn$;

CREATE OR REPLACE FUNCTION hockeyhub_tenant_isolation_rule() RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
    SELECT hockeyhub_tenant_isolation_rule_on('organization_id')
$fn$;

CREATE OR REPLACE FUNCTION hockeyhub_tenant_isolation(club_table regclass) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', club_table);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', club_table);
    IF EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = club_table AND polname = 'tenant_isolation') THEN
        EXECUTE format('ALTER POLICY tenant_isolation ON %s USING %s WITH CHECK %s', club_table,
                       hockeyhub_tenant_isolation_rule(), hockeyhub_tenant_isolation_rule());
    ELSE
        EXECUTE format('CREATE POLICY tenant_isolation ON %s USING %s WITH CHECK %s', club_table,
                       hockeyhub_tenant_isolation_rule(), hockeyhub_tenant_isolation_rule());
    END IF;
END
$fn$;
