-- shared-lib: after every migrate, policies named tenant_isolation that an older migration wrote by hand or with an
-- earlier version of hockeyhub_tenant_isolation get the current rule (beforeMigrate__hockeyhub_tenant_isolation.sql):
-- the first ones let a connection without a club see every row, the later ones read the setting once per row.
-- one replica at a time, as in beforeMigrate (concurrent ALTER POLICY of one table fails the second)
SELECT pg_advisory_xact_lock(hashtext('hockeyhub_tenant_isolation'));

DO $do$
DECLARE
    club_table regclass;
BEGIN
    FOR club_table IN
        SELECT p.polrelid::regclass FROM pg_policy p
        WHERE p.polname = 'tenant_isolation'
          AND pg_get_expr(p.polqual, p.polrelid) NOT LIKE '%hockeyhub_current_club()%'
    LOOP
        PERFORM hockeyhub_tenant_isolation(club_table);
    END LOOP;
END
$do$;
