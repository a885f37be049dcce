-- Participant-side idempotency store (shared-lib, com.hockeyhub.shared.idempotency): key -> first result.
-- Repeatable and idempotent: runs in every service database.
CREATE TABLE IF NOT EXISTS idempotency_record (
    scope           text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_hash    text,
    result          jsonb,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX IF NOT EXISTS idempotency_record_expires_idx ON idempotency_record (expires_at);
