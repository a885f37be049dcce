-- Urgent medical alerts: each must be acknowledged; unacknowledged past escalate_at it reaches the next level
-- (0 the player's team staff, 1 head coaches, 2 club admins) once, claimed by one replica (FOR UPDATE SKIP LOCKED).

CREATE TABLE alerts (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    player_id       uuid        NOT NULL,
    title           varchar(200) NOT NULL,
    body            varchar(2000),
    -- the event it came from (an injury), so a redelivered event raises one alert
    source_key      varchar(200),
    status          varchar(20) NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
    level           int         NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 2),
    acknowledge_within_minutes int NOT NULL,
    escalate_at     timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by uuid,
    resolved_at     timestamptz,
    resolved_by     uuid,
    created_by      uuid,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX alerts_source_uk ON alerts (organization_id, source_key) WHERE source_key IS NOT NULL;
CREATE INDEX alerts_due_ix ON alerts (escalate_at) WHERE status = 'open' AND escalate_at IS NOT NULL;
CREATE INDEX alerts_org_ix ON alerts (organization_id, created_at DESC);

-- who was told at which level (and so may acknowledge)
CREATE TABLE alert_recipients (
    alert_id        uuid        NOT NULL REFERENCES alerts (id),
    user_id         uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    level           int         NOT NULL,
    notified_at     timestamptz NOT NULL,
    acknowledged_at timestamptz,
    PRIMARY KEY (alert_id, user_id)
);
CREATE INDEX alert_recipients_user_ix ON alert_recipients (user_id);

-- every creation, acknowledgement, escalation and resolution
CREATE TABLE alert_audit (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    alert_id        uuid        NOT NULL REFERENCES alerts (id),
    action          varchar(20) NOT NULL CHECK (action IN ('created', 'acknowledged', 'escalated', 'resolved')),
    actor_id        uuid,
    level           int         NOT NULL,
    at              timestamptz NOT NULL
);
CREATE INDEX alert_audit_alert_ix ON alert_audit (alert_id, at);

SELECT hockeyhub_tenant_isolation('alerts');
SELECT hockeyhub_tenant_isolation('alert_recipients');
SELECT hockeyhub_tenant_isolation('alert_audit');
