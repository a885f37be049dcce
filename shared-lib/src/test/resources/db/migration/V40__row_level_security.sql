-- The tenant policy the services use, through shared-lib's function (db/shared/beforeMigrate__hockeyhub_tenant_isolation.sql).
SELECT hockeyhub_tenant_isolation('test_records');
