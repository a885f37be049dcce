-- Saga engine state (shared-lib, com.hockeyhub.shared.saga). Repeatable and idempotent: runs in every service database.
CREATE TABLE IF NOT EXISTS saga_instance (
    id                 uuid        PRIMARY KEY,
    saga_type          text        NOT NULL,
    definition_version integer     NOT NULL,
    status             text        NOT NULL
        CONSTRAINT saga_instance_status_ck
        CHECK (status IN ('STARTED', 'RUNNING', 'COMPENSATING', 'COMPLETED', 'COMPENSATED', 'FAILED')),
    -- forward: index of the next step to run; compensating: index of the next step to compensate
    current_step       integer     NOT NULL DEFAULT 0,
    data               jsonb       NOT NULL,
    organization_id    uuid,
    -- failed attempts of the current step (forward or compensation)
    attempts           integer     NOT NULL DEFAULT 0,
    last_error         text,
    -- while an engine works on the saga: its lease; while waiting for a retry: when the retry is due.
    -- The recovery job resumes unfinished sagas whose deadline has passed.
    deadline           timestamptz,
    locked_by          text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    finished_at        timestamptz,
    version            bigint      NOT NULL
);

CREATE INDEX IF NOT EXISTS saga_instance_due_idx ON saga_instance (deadline)
    WHERE status IN ('STARTED', 'RUNNING', 'COMPENSATING');
CREATE INDEX IF NOT EXISTS saga_instance_status_type_idx ON saga_instance (status, saga_type, created_at DESC);
CREATE INDEX IF NOT EXISTS saga_instance_org_idx ON saga_instance (organization_id, created_at DESC)
    WHERE organization_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS saga_instance_finished_idx ON saga_instance (finished_at)
    WHERE finished_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS saga_step_log (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    saga_id     uuid        NOT NULL REFERENCES saga_instance (id) ON DELETE CASCADE,
    step_index  integer     NOT NULL,
    step_name   text        NOT NULL,
    direction   text        NOT NULL CONSTRAINT saga_step_log_direction_ck CHECK (direction IN ('FORWARD', 'COMPENSATE')),
    status      text        NOT NULL
        CONSTRAINT saga_step_log_status_ck CHECK (status IN ('SUCCEEDED', 'FAILED', 'TIMED_OUT', 'REJECTED')),
    attempt     integer     NOT NULL,
    error       text,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS saga_step_log_saga_idx ON saga_step_log (saga_id, id);
