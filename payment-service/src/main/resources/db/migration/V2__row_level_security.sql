-- Row-level security as defence in depth (architecture.md "Security model"), with shared-lib's one policy
-- (db/shared/beforeMigrate__hockeyhub_tenant_isolation.sql): a club member's session sees and writes only their
-- club's rows; super admins, service tokens and background work ('' club) see all.
SELECT hockeyhub_tenant_isolation('subscriptions');
SELECT hockeyhub_tenant_isolation('usage_users');
SELECT hockeyhub_tenant_isolation('usage_teams');
SELECT hockeyhub_tenant_isolation('usage_team_players');
SELECT hockeyhub_tenant_isolation('invoice_number_sequences');
SELECT hockeyhub_tenant_isolation('invoices');
SELECT hockeyhub_tenant_isolation('invoice_lines');
SELECT hockeyhub_tenant_isolation('payments');
SELECT hockeyhub_tenant_isolation('refunds');
SELECT hockeyhub_tenant_isolation('payment_methods');
