-- Row-level security with shared-lib's one policy (fails closed): a club session sees only its club's rows.
SELECT hockeyhub_tenant_isolation('conversations');
SELECT hockeyhub_tenant_isolation('conversation_participants');
SELECT hockeyhub_tenant_isolation('messages');
SELECT hockeyhub_tenant_isolation('notifications');
SELECT hockeyhub_tenant_isolation('notification_preferences');
