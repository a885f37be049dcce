-- A player's workout as it happens: started, sets logged one by one, completed with the RPE. At most one execution
-- per player and session is in progress, whatever the concurrency (the partial unique index decides).

CREATE TABLE workout_executions (
    id                 uuid         PRIMARY KEY,
    organization_id    uuid         NOT NULL,
    assignment_id      uuid         NOT NULL REFERENCES assignments (id),
    session_id         uuid         NOT NULL REFERENCES workout_sessions (id),
    player_id          uuid         NOT NULL,
    team_id            uuid         NOT NULL,
    status             varchar(20)  NOT NULL CHECK (status IN ('in_progress', 'completed')),
    started_at         timestamptz  NOT NULL,
    completed_at       timestamptz,
    duration_minutes   integer      CHECK (duration_minutes BETWEEN 1 AND 480),
    rpe                numeric(3, 1) CHECK (rpe BETWEEN 1 AND 10),
    completion_percent integer      CHECK (completion_percent BETWEEN 0 AND 100),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX workout_executions_one_in_progress_uk ON workout_executions (player_id, session_id)
    WHERE status = 'in_progress' AND deleted_at IS NULL;
CREATE INDEX workout_executions_session_ix ON workout_executions (session_id, status) WHERE deleted_at IS NULL;
CREATE INDEX workout_executions_player_ix ON workout_executions (player_id, started_at) WHERE deleted_at IS NULL;

CREATE TABLE execution_sets (
    id               uuid          PRIMARY KEY,
    organization_id  uuid          NOT NULL,
    execution_id     uuid          NOT NULL REFERENCES workout_executions (id),
    exercise_id      uuid          NOT NULL,
    reps             integer       CHECK (reps BETWEEN 0 AND 500),
    weight_kg        numeric(6, 2) CHECK (weight_kg BETWEEN 0 AND 1000),
    duration_seconds integer       CHECK (duration_seconds BETWEEN 0 AND 7200),
    rpe              numeric(3, 1) CHECK (rpe BETWEEN 1 AND 10),
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    deleted_at       timestamptz,
    created_by       uuid,
    updated_by       uuid,
    version          bigint        NOT NULL DEFAULT 0
);
CREATE INDEX execution_sets_execution_ix ON execution_sets (execution_id, created_at) WHERE deleted_at IS NULL;

SELECT hockeyhub_tenant_isolation('workout_executions');
SELECT hockeyhub_tenant_isolation('execution_sets');
