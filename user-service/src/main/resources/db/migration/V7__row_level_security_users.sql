-- Row-level security on users (issue 23), failing closed like the other club tables. A person has no club column of
-- their own: they may belong to several clubs (user_organizations). So a club session sees and changes a person
-- exactly when they have a membership row in its club (current or ended: a former member's name still shows on the
-- club's history); the subquery runs under user_organizations' own policy, which carries the caller's club. '*'
-- (super admins, service tokens, jobs, handlers, anonymous auth flows) sees everyone, including people in no club
-- yet. Adding a person is not reading anyone's data, and a new person has no membership until the next statement of
-- the same transaction adds one, so INSERT is allowed to every session; reading the row back needs the membership.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;

DO $do$
DECLARE
    visible text := $r$(current_setting('hockeyhub.organization_id', true) = '*'
        OR EXISTS (SELECT 1 FROM user_organizations uo WHERE uo.user_id = users.id))$r$;
BEGIN
    EXECUTE format('CREATE POLICY users_of_my_club_read ON users FOR SELECT USING %s', visible);
    EXECUTE format('CREATE POLICY users_of_my_club_update ON users FOR UPDATE USING %s WITH CHECK %s', visible,
                   visible);
    EXECUTE format('CREATE POLICY users_of_my_club_delete ON users FOR DELETE USING %s', visible);
END
$do$;
CREATE POLICY users_added_by_anyone ON users FOR INSERT WITH CHECK (true);
