-- Tables of the demo "create organization" saga and its idempotent trial participant (saga engine tests).
CREATE TABLE saga_demo_organization (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL UNIQUE,
    status     text        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE')),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE saga_demo_member (
    id              uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES saga_demo_organization (id) ON DELETE CASCADE,
    email           text NOT NULL,
    role            text NOT NULL
);

CREATE TABLE saga_demo_team (
    id              uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES saga_demo_organization (id) ON DELETE CASCADE,
    name            text NOT NULL
);

CREATE TABLE saga_demo_trial (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    plan            text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    started_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE saga_demo_notification (
    id              uuid PRIMARY KEY,
    organization_id uuid NOT NULL,
    recipient       text NOT NULL
);

-- One row per committed execution of a scripted step's effect: proves "exactly once" after crashes and races.
CREATE TABLE saga_demo_effect (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    saga_id  uuid NOT NULL,
    step     text NOT NULL,
    kind     text NOT NULL
);
CREATE INDEX saga_demo_effect_saga_idx ON saga_demo_effect (saga_id, step);
