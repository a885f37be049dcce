-- The policies of V6 and V7 in the form shared-lib's rule now takes (beforeMigrate__hockeyhub_tenant_isolation.sql):
-- what the connection states is read once per statement (scalar subqueries, InitPlans), not once per row. The
-- tenant_isolation policies themselves are brought up to date by shared-lib's afterMigrate.
ALTER POLICY tenant_isolation_own_club ON organizations
    USING ((SELECT hockeyhub_every_club()) OR id = (SELECT hockeyhub_current_club()))
    WITH CHECK ((SELECT hockeyhub_every_club()) OR id = (SELECT hockeyhub_current_club()));

ALTER POLICY tenant_isolation_by_team ON team_members
    USING ((SELECT hockeyhub_every_club()) OR EXISTS (SELECT 1 FROM teams t WHERE t.id = team_members.team_id))
    WITH CHECK ((SELECT hockeyhub_every_club()) OR EXISTS (SELECT 1 FROM teams t WHERE t.id = team_members.team_id));

DO $do$
DECLARE
    visible text := $r$((SELECT hockeyhub_every_club())
        OR EXISTS (SELECT 1 FROM user_organizations uo WHERE uo.user_id = users.id))$r$;
BEGIN
    EXECUTE format('ALTER POLICY users_of_my_club_read ON users USING %s', visible);
    EXECUTE format('ALTER POLICY users_of_my_club_update ON users USING %s WITH CHECK %s', visible, visible);
    EXECUTE format('ALTER POLICY users_of_my_club_delete ON users USING %s', visible);
END
$do$;

-- The users policy asks, per person, whether they have any membership (current or ended) in the caller's club: an
-- index on every membership, not only the current ones (the partial indexes of V3), answers it with one probe. Without
-- it a cache miss of GET /api/users/{id} in a 100,000-member club scanned every membership (80 ms instead of 1 ms).
CREATE INDEX user_organizations_user_club_idx ON user_organizations (user_id, organization_id);
