-- Row-level security (issue 23) on the two club tables V5 left open, failing closed like the rest:
-- organizations: a club session sees and changes its own club's row only (the rule on id instead of organization_id);
-- team_members: no club column of its own; a membership is visible and writable exactly when its team is, and the
-- team is under the suite's policy (V5), so the subquery on teams carries the caller's club. Both policies have names
-- of their own: afterMigrate rewrites only policies named tenant_isolation, which assume an organization_id column.
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
DO $do$
BEGIN
    EXECUTE format('CREATE POLICY tenant_isolation_own_club ON organizations USING %s WITH CHECK %s',
                   hockeyhub_tenant_isolation_rule_on('id'), hockeyhub_tenant_isolation_rule_on('id'));
END
$do$;

ALTER TABLE team_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_members FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation_by_team ON team_members
    USING (EXISTS (SELECT 1 FROM teams t WHERE t.id = team_members.team_id))
    WITH CHECK (EXISTS (SELECT 1 FROM teams t WHERE t.id = team_members.team_id));
