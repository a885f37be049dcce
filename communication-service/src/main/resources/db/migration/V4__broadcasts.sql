-- Broadcasts: a team's staff (or a club admin, to the whole club) announce something; draft → scheduled → sent,
-- delivered to each recipient as a notification (their preferences and quiet hours apply; urgent ones never wait),
-- and followed per recipient: delivered → read → acknowledged.

CREATE TABLE broadcasts (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    sender_id       uuid        NOT NULL,
    scope           varchar(10) NOT NULL CHECK (scope IN ('team', 'club')),
    team_id         uuid,
    title           varchar(200) NOT NULL,
    body            varchar(4000) NOT NULL,
    priority        varchar(10) NOT NULL CHECK (priority IN ('normal', 'urgent')),
    status          varchar(10) NOT NULL CHECK (status IN ('draft', 'scheduled', 'sent')),
    scheduled_at    timestamptz,
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT broadcasts_team_has_team CHECK (scope <> 'team' OR team_id IS NOT NULL),
    CONSTRAINT broadcasts_scheduled_has_time CHECK (status <> 'scheduled' OR scheduled_at IS NOT NULL)
);
CREATE INDEX broadcasts_due_ix ON broadcasts (scheduled_at) WHERE status = 'scheduled';
CREATE INDEX broadcasts_sender_ix ON broadcasts (organization_id, sender_id, created_at DESC);

CREATE TABLE broadcast_recipients (
    broadcast_id    uuid        NOT NULL REFERENCES broadcasts (id),
    user_id         uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    -- when their notification is (or will be) delivered; null when they muted broadcasts
    delivered_at    timestamptz,
    read_at         timestamptz,
    acknowledged_at timestamptz,
    PRIMARY KEY (broadcast_id, user_id)
);
CREATE INDEX broadcast_recipients_user_ix ON broadcast_recipients (user_id);

SELECT hockeyhub_tenant_isolation('broadcasts');
SELECT hockeyhub_tenant_isolation('broadcast_recipients');
