-- training-service: exercise library, session templates, workout sessions, assignments, executions, and the
-- players' training availability kept from medical-service's events.

CREATE TABLE exercises (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    name            varchar(120) NOT NULL,
    category        varchar(30) NOT NULL CHECK (category IN ('strength', 'conditioning', 'agility', 'mobility',
                                                              'skill', 'recovery', 'plyometrics')),
    unit            varchar(20) NOT NULL CHECK (unit IN ('reps', 'seconds', 'meters', 'kilograms', 'watts')),
    equipment       varchar(300),
    muscle_groups   varchar(300),
    description     varchar(2000),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX exercises_name_uk ON exercises (organization_id, lower(name)) WHERE deleted_at IS NULL;

CREATE TABLE session_templates (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    name            varchar(120) NOT NULL,
    session_type    varchar(30) NOT NULL,
    visibility      varchar(20) NOT NULL CHECK (visibility IN ('private', 'team', 'organization')),
    team_id         uuid,
    owner_id        uuid        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT session_templates_team_visibility CHECK (visibility <> 'team' OR team_id IS NOT NULL)
);
CREATE INDEX session_templates_club_ix ON session_templates (organization_id) WHERE deleted_at IS NULL;

CREATE TABLE workout_sessions (
    id               uuid        PRIMARY KEY,
    organization_id  uuid        NOT NULL,
    team_id          uuid        NOT NULL,
    template_id      uuid,
    title            varchar(120) NOT NULL,
    session_type     varchar(30) NOT NULL,
    starts_at        timestamptz NOT NULL,
    duration_minutes integer     NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
    location         varchar(200),
    status           varchar(20) NOT NULL CHECK (status IN ('scheduled', 'active', 'completed', 'cancelled')),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    created_by       uuid,
    updated_by       uuid,
    version          bigint      NOT NULL DEFAULT 0
);
CREATE INDEX workout_sessions_team_time_ix ON workout_sessions (team_id, starts_at) WHERE deleted_at IS NULL;

-- the exercises of a template or a session, in order (owner: the template or the session)
CREATE TABLE planned_exercises (
    id               uuid        PRIMARY KEY,
    organization_id  uuid        NOT NULL,
    template_id      uuid REFERENCES session_templates (id),
    session_id       uuid REFERENCES workout_sessions (id),
    position         integer     NOT NULL,
    exercise_id      uuid        NOT NULL REFERENCES exercises (id),
    sets             integer     NOT NULL CHECK (sets BETWEEN 1 AND 20),
    reps             integer     CHECK (reps BETWEEN 1 AND 500),
    duration_seconds integer     CHECK (duration_seconds BETWEEN 1 AND 7200),
    rest_seconds     integer     NOT NULL DEFAULT 60 CHECK (rest_seconds BETWEEN 0 AND 1800),
    CONSTRAINT planned_exercises_one_owner CHECK ((template_id IS NULL) <> (session_id IS NULL))
);
CREATE INDEX planned_exercises_template_ix ON planned_exercises (template_id, position);
CREATE INDEX planned_exercises_session_ix ON planned_exercises (session_id, position);

CREATE TABLE assignments (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    session_id      uuid        NOT NULL REFERENCES workout_sessions (id),
    player_id       uuid        NOT NULL,
    team_id         uuid        NOT NULL,
    status          varchar(20) NOT NULL CHECK (status IN ('assigned', 'completed', 'cancelled')),
    load_multiplier numeric(3, 2) NOT NULL DEFAULT 1.00 CHECK (load_multiplier BETWEEN 0.1 AND 2.0),
    duration_minutes integer,
    rpe             numeric(3, 1),
    completed_at    timestamptz,
    results         text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX assignments_session_player_uk ON assignments (session_id, player_id) WHERE deleted_at IS NULL;
CREATE INDEX assignments_player_ix ON assignments (player_id, status) WHERE deleted_at IS NULL;

-- medical-service's word on each player: may they train, and at what share of the load
CREATE TABLE player_training_status (
    player_id       uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    status          varchar(30) NOT NULL,
    load_multiplier numeric(3, 2) NOT NULL,
    expected_return date,
    changed_at      timestamptz NOT NULL
);

-- what a player transfer did here (the saga id), so its compensation undoes exactly that
CREATE TABLE assignment_transfers (
    transfer_id     uuid        NOT NULL,
    assignment_id   uuid        NOT NULL REFERENCES assignments (id),
    organization_id uuid        NOT NULL,
    previous_status varchar(20) NOT NULL,
    reverted_at     timestamptz,
    PRIMARY KEY (transfer_id, assignment_id)
);
