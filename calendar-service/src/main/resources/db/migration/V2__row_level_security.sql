-- Row-level security as defence in depth (architecture.md "Security model"): every connection says whose data it
-- is for (shared-lib db.TenantScopedDataSource sets hockeyhub.organization_id: the caller's club, or '' for super
-- admins, service tokens and background work); a club member's session then sees and writes only their club's rows.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['recurrence_rules', 'events', 'event_participants', 'resources', 'resource_bookings', 'reminder_deliveries', 'feed_tokens', 'roster_members'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
            USING (nullif(current_setting('hockeyhub.organization_id', true), '') IS NULL
                   OR organization_id = nullif(current_setting('hockeyhub.organization_id', true), '')::uuid)$p$, t);
    END LOOP;
END
$$;
