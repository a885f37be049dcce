-- medical-service schema. Columns holding diagnoses, notes and treatment details are AES-GCM ciphertext
-- ("enc:v1:<key id>:<base64>") written by the application; the database never sees their plaintext.

-- Players this service knows, and their teams, kept from user-service's team.member.* and user.deleted events.
CREATE TABLE club_players (
    id              uuid PRIMARY KEY,
    player_id       uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL
);
CREATE UNIQUE INDEX club_players_player_uk ON club_players (player_id) WHERE deleted_at IS NULL;
CREATE INDEX club_players_org_idx ON club_players (organization_id) WHERE deleted_at IS NULL;

CREATE TABLE team_roster (
    id              uuid PRIMARY KEY,
    team_id         uuid        NOT NULL,
    player_id       uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    jersey_number   integer,
    position        text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL
);
CREATE UNIQUE INDEX team_roster_team_player_uk ON team_roster (team_id, player_id) WHERE deleted_at IS NULL;
CREATE INDEX team_roster_player_idx ON team_roster (player_id) WHERE deleted_at IS NULL;

CREATE TABLE injuries (
    id                 uuid PRIMARY KEY,
    organization_id    uuid        NOT NULL,
    player_id          uuid        NOT NULL,
    injury_type        text        NOT NULL CHECK (injury_type IN ('concussion', 'sprain', 'strain', 'fracture',
                                       'contusion', 'laceration', 'dislocation', 'overuse', 'illness', 'other')),
    body_part          text        NOT NULL CHECK (length(body_part) BETWEEN 1 AND 60),
    mechanism          text        NOT NULL CHECK (mechanism IN ('contact', 'non_contact', 'overuse', 'unknown')),
    injury_date        date        NOT NULL,
    severity           integer     NOT NULL CHECK (severity BETWEEN 1 AND 5),
    status             text        NOT NULL CHECK (status IN ('active', 'recovering', 'recovered')),
    expected_return    date,
    recovered_on       date,
    clearance_required boolean     NOT NULL,
    diagnosis          text,       -- encrypted
    notes              text,       -- encrypted
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint      NOT NULL,
    CHECK (expected_return IS NULL OR expected_return >= injury_date),
    CHECK ((status = 'recovered') = (recovered_on IS NOT NULL))
);
CREATE INDEX injuries_player_idx ON injuries (player_id, injury_date DESC) WHERE deleted_at IS NULL;
CREATE INDEX injuries_org_open_idx ON injuries (organization_id, player_id)
    WHERE deleted_at IS NULL AND status <> 'recovered';

CREATE TABLE treatments (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL,
    injury_id        uuid        NOT NULL REFERENCES injuries (id),
    player_id        uuid        NOT NULL,
    treatment_date   date        NOT NULL,
    treatment_type   text        NOT NULL CHECK (treatment_type IN ('physiotherapy', 'medication', 'surgery',
                                     'rest', 'cryotherapy', 'massage', 'imaging', 'consultation', 'other')),
    details          text,       -- encrypted
    provider         text,       -- encrypted
    next_appointment date,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    created_by       uuid,
    updated_by       uuid,
    version          bigint      NOT NULL
);
CREATE INDEX treatments_injury_idx ON treatments (injury_id, treatment_date) WHERE deleted_at IS NULL;

-- Clearance decisions (from a recovery or a return-to-play protocol).
CREATE TABLE medical_reports (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL,
    player_id        uuid        NOT NULL,
    injury_id        uuid        REFERENCES injuries (id),
    report_date      date        NOT NULL,
    clearance_status text        NOT NULL CHECK (clearance_status IN ('cleared', 'restricted', 'not_cleared')),
    summary          text,       -- encrypted
    issued_by        uuid        NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    created_by       uuid,
    updated_by       uuid,
    version          bigint      NOT NULL
);
CREATE INDEX medical_reports_injury_idx ON medical_reports (injury_id) WHERE deleted_at IS NULL;

CREATE TABLE wellness_entries (
    id              uuid PRIMARY KEY,
    organization_id uuid         NOT NULL,
    player_id       uuid         NOT NULL,
    entry_date      date         NOT NULL,
    sleep_hours     numeric(3,1) NOT NULL CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality   integer      NOT NULL CHECK (sleep_quality BETWEEN 1 AND 10),
    energy          integer      NOT NULL CHECK (energy BETWEEN 1 AND 10),
    stress          integer      NOT NULL CHECK (stress BETWEEN 1 AND 10),
    soreness        integer      NOT NULL CHECK (soreness BETWEEN 1 AND 10),
    mood            integer      NOT NULL CHECK (mood BETWEEN 1 AND 10),
    resting_hr      integer      CHECK (resting_hr BETWEEN 30 AND 120),
    hrv             numeric(4,1) CHECK (hrv BETWEEN 0 AND 200),
    red_flags       text         NOT NULL DEFAULT '',  -- comma separated: low_sleep, high_stress, high_soreness
    flagged         boolean      NOT NULL DEFAULT false, -- two or more red flags
    notes           text,        -- encrypted
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint       NOT NULL
);
CREATE UNIQUE INDEX wellness_entries_player_day_uk ON wellness_entries (player_id, entry_date) WHERE deleted_at IS NULL;
CREATE INDEX wellness_entries_org_day_idx ON wellness_entries (organization_id, entry_date) WHERE deleted_at IS NULL;

CREATE TABLE player_availability (
    id                 uuid PRIMARY KEY,
    organization_id    uuid         NOT NULL,
    player_id          uuid         NOT NULL,
    status             text         NOT NULL CHECK (status IN ('available', 'injured', 'illness', 'personal',
                                        'suspended', 'load_management')),
    effective_date     date         NOT NULL,
    expected_return    date,
    clearance_required boolean      NOT NULL,
    load_multiplier    numeric(3,2) NOT NULL CHECK (load_multiplier BETWEEN 0 AND 1),
    reason             text,        -- encrypted
    source             text         NOT NULL CHECK (source IN ('manual', 'injury', 'wellness', 'return_to_play')),
    injury_id          uuid         REFERENCES injuries (id),
    current            boolean      NOT NULL,
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint       NOT NULL,
    CHECK (expected_return IS NULL OR expected_return >= effective_date)
);
-- Exactly one current status per player, enforced here rather than trusted to the application.
CREATE UNIQUE INDEX player_availability_current_uk ON player_availability (player_id)
    WHERE current AND deleted_at IS NULL;
CREATE INDEX player_availability_history_idx ON player_availability (player_id, created_at DESC)
    WHERE deleted_at IS NULL;

CREATE TABLE return_to_play_protocols (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    player_id       uuid        NOT NULL,
    injury_id       uuid        NOT NULL REFERENCES injuries (id),
    current_phase   text        NOT NULL CHECK (current_phase IN ('rest', 'light_activity', 'sport_specific',
                                    'non_contact', 'full_contact', 'game_ready')),
    status          text        NOT NULL CHECK (status IN ('in_progress', 'completed')),
    clearance_level text        NOT NULL CHECK (clearance_level IN ('none', 'restricted', 'full')),
    started_on      date        NOT NULL,
    completed_on    date,
    notes           text,       -- encrypted
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL
);
CREATE UNIQUE INDEX return_to_play_injury_uk ON return_to_play_protocols (injury_id) WHERE deleted_at IS NULL;
CREATE INDEX return_to_play_player_idx ON return_to_play_protocols (player_id) WHERE deleted_at IS NULL;

CREATE TABLE return_to_play_phases (
    id              uuid PRIMARY KEY,
    protocol_id     uuid        NOT NULL REFERENCES return_to_play_protocols (id),
    phase           text        NOT NULL CHECK (phase IN ('rest', 'light_activity', 'sport_specific',
                                    'non_contact', 'full_contact', 'game_ready')),
    entered_on      date        NOT NULL,
    completed_on    date,
    criteria_met    text,       -- the phase's criterion keys, comma separated (no free text)
    assessment      text,       -- encrypted
    assessed_by     uuid,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL
);
CREATE UNIQUE INDEX return_to_play_phases_uk ON return_to_play_phases (protocol_id, phase) WHERE deleted_at IS NULL;

-- Who read whose medical record, when, how much of it and under which request. Append-only.
CREATE TABLE medical_access_log (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    accessor_id     uuid        NOT NULL,
    accessor_roles  text        NOT NULL,
    player_id       uuid,
    team_id         uuid,
    resource        text        NOT NULL,
    resource_id     uuid,
    access_level    text        NOT NULL CHECK (access_level IN ('full', 'availability')),
    request_id      text,
    accessed_at     timestamptz NOT NULL,
    CHECK (player_id IS NOT NULL OR team_id IS NOT NULL)
);
CREATE INDEX medical_access_log_player_idx ON medical_access_log (player_id, accessed_at DESC);
CREATE INDEX medical_access_log_org_time_brin ON medical_access_log USING brin (accessed_at);
CREATE INDEX medical_access_log_org_idx ON medical_access_log (organization_id, accessed_at DESC);

CREATE OR REPLACE FUNCTION medical_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'medical_access_log is append-only';
END;
$$;
CREATE TRIGGER medical_access_log_no_change BEFORE UPDATE OR DELETE ON medical_access_log
    FOR EACH ROW EXECUTE FUNCTION medical_access_log_append_only();
