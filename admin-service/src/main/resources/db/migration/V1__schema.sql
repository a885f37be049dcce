-- admin-service: scoped configuration and feature flags, the audit trail of the suite's events.

-- What a setting is: its type, validation, whether members may read it, whether it may change, and the system
-- value every scope falls back to. Platform-wide (no club): managed by super admins.
CREATE TABLE setting_definitions (
    id              uuid        PRIMARY KEY,
    setting_key     varchar(120) NOT NULL,
    category        varchar(60) NOT NULL,
    value_type      varchar(20) NOT NULL CHECK (value_type IN ('boolean', 'integer', 'number', 'string', 'json')),
    description     varchar(500) NOT NULL,
    public_value    boolean     NOT NULL DEFAULT false,
    read_only       boolean     NOT NULL DEFAULT false,
    min_value       numeric,
    max_value       numeric,
    pattern         varchar(300),
    allowed_values  text,
    system_value    text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT setting_definitions_key_format CHECK (setting_key ~ '^[a-z][a-z0-9_.-]*$')
);
CREATE UNIQUE INDEX setting_definitions_key_uk ON setting_definitions (setting_key) WHERE deleted_at IS NULL;

-- A club's value of a setting for the whole club, one team or one user (scope_id: the club, team or user id).
CREATE TABLE club_settings (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    scope           varchar(20) NOT NULL CHECK (scope IN ('organization', 'team', 'user')),
    scope_id        uuid        NOT NULL,
    setting_key     varchar(120) NOT NULL,
    value_json      text        NOT NULL,
    provisioned     boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX club_settings_scope_uk ON club_settings (organization_id, scope, scope_id, setting_key)
    WHERE deleted_at IS NULL;
CREATE INDEX club_settings_key_ix ON club_settings (setting_key) WHERE deleted_at IS NULL;

-- Every domain event of the suite, once (the event id), for "who changed what, when".
CREATE TABLE audit_events (
    event_id        uuid        PRIMARY KEY,
    organization_id uuid,
    event_type      varchar(120) NOT NULL,
    source          varchar(60) NOT NULL,
    actor_id        uuid,
    occurred_at     timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    correlation_id  varchar(100),
    data            jsonb       NOT NULL
);
CREATE INDEX audit_events_club_time_ix ON audit_events (organization_id, occurred_at DESC, event_id DESC);
CREATE INDEX audit_events_type_time_ix ON audit_events (event_type, occurred_at DESC);
CREATE INDEX audit_events_time_brin ON audit_events USING brin (occurred_at);
