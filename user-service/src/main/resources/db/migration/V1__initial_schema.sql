-- user-service schema: identity, clubs, teams and families.
-- Every entity table carries the BaseEntity columns; uniqueness on soft-deletable tables is a partial unique index
-- over the live rows (deleted_at IS NULL). Enumerations are stored as upper-case text guarded by CHECK constraints.

CREATE TABLE organizations (
    id                uuid PRIMARY KEY,
    name              varchar(200) NOT NULL,
    subdomain         varchar(63)  NOT NULL,
    logo_url          varchar(500),
    primary_color     varchar(7),
    secondary_color   varchar(7),
    subscription_tier varchar(20)  NOT NULL DEFAULT 'BASIC',
    active            boolean      NOT NULL DEFAULT true,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    deleted_at        timestamptz,
    created_by        uuid,
    updated_by        uuid,
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT organizations_tier_check CHECK (subscription_tier IN ('BASIC', 'STANDARD', 'PREMIUM', 'ENTERPRISE')),
    CONSTRAINT organizations_subdomain_check CHECK (subdomain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$'),
    CONSTRAINT organizations_primary_color_check CHECK (primary_color ~ '^#[0-9A-Fa-f]{6}$'),
    CONSTRAINT organizations_secondary_color_check CHECK (secondary_color ~ '^#[0-9A-Fa-f]{6}$')
);
CREATE UNIQUE INDEX organizations_subdomain_uq ON organizations (lower(subdomain)) WHERE deleted_at IS NULL;

CREATE TABLE users (
    id                 uuid PRIMARY KEY,
    email              varchar(254) NOT NULL,
    password_hash      varchar(255) NOT NULL,
    first_name         varchar(100) NOT NULL,
    last_name          varchar(100) NOT NULL,
    phone              varchar(30),
    date_of_birth      date,
    jersey_number      integer,
    position           varchar(20),
    handedness         varchar(20),
    active             boolean      NOT NULL DEFAULT true,
    email_verified     boolean      NOT NULL DEFAULT false,
    last_login_at      timestamptz,
    preferred_language varchar(10)  NOT NULL DEFAULT 'en',
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT users_jersey_check CHECK (jersey_number BETWEEN 1 AND 99),
    CONSTRAINT users_position_check CHECK (position IN ('GOALIE', 'DEFENSE', 'CENTER', 'LEFT_WING', 'RIGHT_WING', 'FORWARD')),
    CONSTRAINT users_handedness_check CHECK (handedness IN ('LEFT', 'RIGHT', 'AMBIDEXTROUS')),
    CONSTRAINT users_email_check CHECK (strpos(email, '@') > 1),
    CONSTRAINT users_date_of_birth_check CHECK (date_of_birth > DATE '1900-01-01')
);
CREATE UNIQUE INDEX users_email_uq ON users (lower(email)) WHERE deleted_at IS NULL;

CREATE TABLE user_organizations (
    id              uuid PRIMARY KEY,
    user_id         uuid        NOT NULL REFERENCES users (id),
    organization_id uuid        NOT NULL REFERENCES organizations (id),
    role            varchar(30) NOT NULL,
    joined_at       timestamptz NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT user_organizations_role_check CHECK (role IN ('SUPER_ADMIN', 'CLUB_ADMIN', 'COACH', 'ASSISTANT_COACH',
        'TEAM_MANAGER', 'PLAYER', 'PARENT', 'MEDICAL_STAFF', 'PHYSICAL_TRAINER', 'EQUIPMENT_MANAGER'))
);
CREATE UNIQUE INDEX user_organizations_uq ON user_organizations (user_id, organization_id, role) WHERE deleted_at IS NULL;

CREATE TABLE teams (
    id              uuid PRIMARY KEY,
    organization_id uuid         NOT NULL REFERENCES organizations (id),
    name            varchar(100) NOT NULL,
    team_type       varchar(20)  NOT NULL,
    age_group       varchar(20),
    season          varchar(20)  NOT NULL,
    description     varchar(1000),
    active          boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT teams_type_check CHECK (team_type IN ('YOUTH', 'JUNIOR', 'SENIOR', 'RECREATIONAL'))
);
CREATE UNIQUE INDEX teams_org_name_season_uq ON teams (organization_id, lower(name), season) WHERE deleted_at IS NULL;

CREATE TABLE team_members (
    id            uuid PRIMARY KEY,
    team_id       uuid        NOT NULL REFERENCES teams (id),
    user_id       uuid        NOT NULL REFERENCES users (id),
    team_role     varchar(30) NOT NULL,
    jersey_number integer,
    position      varchar(20),
    joined_at     timestamptz NOT NULL,
    left_at       timestamptz,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    deleted_at    timestamptz,
    created_by    uuid,
    updated_by    uuid,
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT team_members_role_check CHECK (team_role IN ('PLAYER', 'COACH', 'ASSISTANT_COACH', 'TEAM_MANAGER',
        'MEDICAL_STAFF', 'PHYSICAL_TRAINER', 'EQUIPMENT_MANAGER')),
    CONSTRAINT team_members_jersey_check CHECK (jersey_number BETWEEN 1 AND 99),
    CONSTRAINT team_members_position_check CHECK (position IN ('GOALIE', 'DEFENSE', 'CENTER', 'LEFT_WING', 'RIGHT_WING', 'FORWARD')),
    CONSTRAINT team_members_left_check CHECK (left_at IS NULL OR left_at >= joined_at)
);
-- a jersey number is unique among a team's active members; a member is on a team at most once at a time
CREATE UNIQUE INDEX team_members_jersey_uq ON team_members (team_id, jersey_number)
    WHERE left_at IS NULL AND deleted_at IS NULL AND jersey_number IS NOT NULL;
CREATE UNIQUE INDEX team_members_active_uq ON team_members (team_id, user_id) WHERE left_at IS NULL AND deleted_at IS NULL;

CREATE TABLE parent_child_relationships (
    id                uuid PRIMARY KEY,
    organization_id   uuid        NOT NULL REFERENCES organizations (id),
    parent_id         uuid        NOT NULL REFERENCES users (id),
    child_id          uuid        NOT NULL REFERENCES users (id),
    relationship_type varchar(20) NOT NULL,
    primary_contact   boolean     NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    deleted_at        timestamptz,
    created_by        uuid,
    updated_by        uuid,
    version           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT parent_child_type_check CHECK (relationship_type IN ('MOTHER', 'FATHER', 'GUARDIAN', 'OTHER')),
    CONSTRAINT parent_child_not_self_check CHECK (parent_id <> child_id)
);
CREATE UNIQUE INDEX parent_child_uq ON parent_child_relationships (parent_id, child_id) WHERE deleted_at IS NULL;

-- Authentication state: not soft-deleted entities but short-lived security records.
CREATE TABLE refresh_tokens (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id),
    family_id   uuid        NOT NULL,
    token_hash  char(64)    NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz,
    revoked_at  timestamptz,
    CONSTRAINT refresh_tokens_expiry_check CHECK (expires_at > issued_at)
);

CREATE TABLE login_attempts (
    id           bigserial PRIMARY KEY,
    email        varchar(254) NOT NULL,
    user_id      uuid,
    success      boolean      NOT NULL,
    ip_address   varchar(64),
    attempted_at timestamptz  NOT NULL DEFAULT now()
);

-- keyed by the normalised e-mail so unknown addresses lock exactly like known ones (no existence leak)
CREATE TABLE login_lockouts (
    email        varchar(254) PRIMARY KEY,
    locked_until timestamptz  NOT NULL
);

CREATE TABLE password_reset_tokens (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id),
    token_hash  char(64)    NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
