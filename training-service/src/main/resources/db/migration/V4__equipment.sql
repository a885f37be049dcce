-- Equipment items of the club and their reservations. No two active (reserved or checked-out) reservations of one
-- item overlap, whatever the concurrency: the exclusion constraint decides, not the application.
-- btree_gist is a trusted extension (PostgreSQL 13+): the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE equipment_items (
    id              uuid         PRIMARY KEY,
    organization_id uuid         NOT NULL,
    name            varchar(120) NOT NULL,
    category        varchar(60),
    location        varchar(200),
    notes           varchar(1000),
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX equipment_items_name_uk ON equipment_items (organization_id, lower(name)) WHERE deleted_at IS NULL;

CREATE TABLE equipment_reservations (
    id              uuid         PRIMARY KEY,
    organization_id uuid         NOT NULL,
    item_id         uuid         NOT NULL REFERENCES equipment_items (id),
    session_id      uuid         REFERENCES workout_sessions (id),
    reserved_by     uuid         NOT NULL,
    starts_at       timestamptz  NOT NULL,
    ends_at         timestamptz  NOT NULL,
    during          tstzrange    GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    status          varchar(20)  NOT NULL CHECK (status IN ('reserved', 'checked_out', 'returned', 'cancelled')),
    purpose         varchar(300),
    checked_out_at  timestamptz,
    checked_out_by  uuid,
    checked_in_at   timestamptz,
    checked_in_by   uuid,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT equipment_reservations_end_after_start CHECK (ends_at > starts_at),
    CONSTRAINT equipment_reservations_no_overlap EXCLUDE USING gist (item_id WITH =, during WITH &&)
        WHERE (status IN ('reserved', 'checked_out') AND deleted_at IS NULL)
);
CREATE INDEX equipment_reservations_club_ix ON equipment_reservations (organization_id, starts_at)
    WHERE deleted_at IS NULL;

SELECT hockeyhub_tenant_isolation('equipment_items');
SELECT hockeyhub_tenant_isolation('equipment_reservations');
