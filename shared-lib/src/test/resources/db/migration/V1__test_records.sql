CREATE TABLE test_records (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    name            text        NOT NULL,
    quantity        integer     NOT NULL CHECK (quantity BETWEEN 0 AND 10),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL
);
CREATE UNIQUE INDEX test_records_org_name_uk ON test_records (organization_id, name) WHERE deleted_at IS NULL;
