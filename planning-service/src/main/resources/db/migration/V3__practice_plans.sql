-- Practice plans: a team's practice on a day (optionally a calendar event's), its sections with drills and minutes
-- (jsonb, read and written whole), the live flow's position, attendance and evaluations.
CREATE TABLE practice_plans (
    id                uuid         PRIMARY KEY,
    organization_id   uuid         NOT NULL,
    team_id           uuid         NOT NULL,
    calendar_event_id uuid,
    practice_date     date         NOT NULL,
    starts_at         time,
    duration_minutes  integer      NOT NULL CHECK (duration_minutes BETWEEN 10 AND 240),
    title             varchar(120) NOT NULL,
    objectives        varchar(2000),
    expected_players  integer      CHECK (expected_players BETWEEN 1 AND 60),
    status            varchar(20)  NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed', 'cancelled')),
    sections          jsonb        NOT NULL,
    current_step      integer,
    done_steps        varchar(400) NOT NULL DEFAULT '',
    skipped_steps     varchar(400) NOT NULL DEFAULT '',
    started_at        timestamptz,
    completed_at      timestamptz,
    cancel_reason     varchar(300),
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    deleted_at        timestamptz,
    created_by        uuid,
    updated_by        uuid,
    version           bigint       NOT NULL DEFAULT 0
);
CREATE INDEX practice_plans_team_ix ON practice_plans (team_id, practice_date) WHERE deleted_at IS NULL;
-- one live practice plan per calendar event
CREATE UNIQUE INDEX practice_plans_event_uk ON practice_plans (calendar_event_id)
    WHERE calendar_event_id IS NOT NULL AND deleted_at IS NULL AND status <> 'cancelled';

CREATE TABLE practice_attendance (
    practice_id     uuid        NOT NULL REFERENCES practice_plans (id),
    player_id       uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    status          varchar(10) NOT NULL CHECK (status IN ('present', 'late', 'absent')),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (practice_id, player_id)
);

CREATE TABLE practice_evaluations (
    practice_id     uuid          NOT NULL REFERENCES practice_plans (id),
    player_id       uuid          NOT NULL,
    organization_id uuid          NOT NULL,
    rating          smallint      NOT NULL CHECK (rating BETWEEN 1 AND 5),
    notes           varchar(1000),
    evaluated_by    uuid          NOT NULL,
    evaluated_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (practice_id, player_id)
);

SELECT hockeyhub_tenant_isolation('practice_plans');
SELECT hockeyhub_tenant_isolation('practice_attendance');
SELECT hockeyhub_tenant_isolation('practice_evaluations');
