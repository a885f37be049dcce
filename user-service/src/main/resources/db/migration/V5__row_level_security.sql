-- Row-level security with shared-lib's one policy (fails closed): a club session sees only its club's rows; work
-- across clubs states '*' (shared-lib db.TenantScopedDataSource / AcrossClubs). team_members carries no club column
-- (its team does); users and organizations are not club-scoped rows of one club (a user may belong to several).
SELECT hockeyhub_tenant_isolation('user_organizations');
SELECT hockeyhub_tenant_isolation('teams');
SELECT hockeyhub_tenant_isolation('parent_child_relationships');
