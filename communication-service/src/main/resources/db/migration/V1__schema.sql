-- communication-service: conversations and their participants, messages, notifications and their preferences.

CREATE TABLE conversations (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    type            varchar(20) NOT NULL CHECK (type IN ('direct', 'group', 'team', 'club')),
    title           varchar(120),
    team_id         uuid,
    -- direct: the two people, ordered ("a:b"), so a pair has one conversation whatever the race
    direct_key      varchar(80),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT conversations_direct_has_key CHECK ((type = 'direct') = (direct_key IS NOT NULL)),
    CONSTRAINT conversations_team_has_team CHECK (type <> 'team' OR team_id IS NOT NULL)
);
CREATE UNIQUE INDEX conversations_direct_uk ON conversations (organization_id, direct_key)
    WHERE direct_key IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX conversations_team_uk ON conversations (team_id) WHERE type = 'team' AND deleted_at IS NULL;
CREATE UNIQUE INDEX conversations_club_uk ON conversations (organization_id) WHERE type = 'club' AND deleted_at IS NULL;

CREATE TABLE conversation_participants (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    conversation_id uuid        NOT NULL REFERENCES conversations (id),
    user_id         uuid        NOT NULL,
    role            varchar(20) NOT NULL CHECK (role IN ('admin', 'member')),
    joined_at       timestamptz NOT NULL,
    left_at         timestamptz,
    muted           boolean     NOT NULL DEFAULT false,
    last_read_at    timestamptz,
    CONSTRAINT conversation_participants_uk UNIQUE (conversation_id, user_id)
);
CREATE INDEX conversation_participants_user_ix ON conversation_participants (user_id) WHERE left_at IS NULL;

CREATE TABLE messages (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    conversation_id uuid        NOT NULL REFERENCES conversations (id),
    sender_id       uuid        NOT NULL,
    body            varchar(4000) NOT NULL,
    edited_at       timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0
);
CREATE INDEX messages_conversation_ix ON messages (conversation_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;

CREATE TABLE notifications (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    kind            varchar(60) NOT NULL,
    priority        varchar(10) NOT NULL CHECK (priority IN ('normal', 'urgent')),
    title           varchar(200) NOT NULL,
    body            varchar(2000),
    link            varchar(300),
    -- the event (or saga step) it came from: one notification per user and source
    source_key      varchar(200) NOT NULL,
    deliver_after   timestamptz NOT NULL,
    read_at         timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notifications_source_uk UNIQUE (user_id, source_key)
);
CREATE INDEX notifications_user_ix ON notifications (user_id, deliver_after DESC);

CREATE TABLE notification_preferences (
    user_id         uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    quiet_from      time,
    quiet_to        time,
    time_zone       varchar(60),
    muted_kinds     varchar(500),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
