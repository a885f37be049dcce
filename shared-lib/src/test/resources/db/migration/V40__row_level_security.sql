-- The tenant policy the services use (see calendar's and medical's V*__row_level_security.sql), on the test table.
ALTER TABLE test_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE test_records FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON test_records
    USING (nullif(current_setting('hockeyhub.organization_id', true), '') IS NULL
           OR organization_id = nullif(current_setting('hockeyhub.organization_id', true), '')::uuid);
