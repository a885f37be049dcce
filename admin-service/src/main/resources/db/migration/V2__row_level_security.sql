-- Row-level security as defence in depth with shared-lib's one policy (fails closed): a club member's session sees
-- and writes only their club's rows. Setting definitions are platform-wide and have no club.
SELECT hockeyhub_tenant_isolation('club_settings');
SELECT hockeyhub_tenant_isolation('audit_events');
