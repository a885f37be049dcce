-- E-mail and push deliveries of notifications: a persistent queue. A delivery is due at its notification's delivery
-- time (quiet hours defer routine e-mail; urgent never waits), is claimed by one replica (FOR UPDATE SKIP LOCKED and a
-- lease), retried with exponential back-off, and after its last attempt stays failed with its reason.

CREATE TABLE notification_deliveries (
    id              uuid        PRIMARY KEY,
    organization_id uuid        NOT NULL,
    notification_id uuid        NOT NULL REFERENCES notifications (id),
    user_id         uuid        NOT NULL,
    channel         varchar(10) NOT NULL CHECK (channel IN ('email', 'push')),
    status          varchar(10) NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      varchar(500),
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL,
    CONSTRAINT notification_deliveries_uk UNIQUE (notification_id, channel)
);
CREATE INDEX notification_deliveries_due_ix ON notification_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notification_deliveries_user_ix ON notification_deliveries (user_id, created_at DESC);

-- per channel: the kinds a person does not want by e-mail / push (in-app: muted_kinds)
ALTER TABLE notification_preferences ADD COLUMN email_muted_kinds varchar(500);
ALTER TABLE notification_preferences ADD COLUMN push_muted_kinds varchar(500);

SELECT hockeyhub_tenant_isolation('notification_deliveries');
