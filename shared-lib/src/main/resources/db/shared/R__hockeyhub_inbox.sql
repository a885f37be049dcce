-- shared-lib: consumer inbox (idempotent; applied to every service database).
-- One row per (consumer, event): written in the handler's transaction, so a redelivered event is skipped.
CREATE TABLE IF NOT EXISTS hockeyhub_inbox (
    consumer    text        NOT NULL,
    event_id    uuid        NOT NULL,
    event_type  text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('HANDLED', 'DEAD_LETTERED')),
    attempts    integer     NOT NULL DEFAULT 1,
    error       text,
    handled_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT hockeyhub_inbox_pk PRIMARY KEY (consumer, event_id)
);
CREATE INDEX IF NOT EXISTS hockeyhub_inbox_handled_at_ix ON hockeyhub_inbox (handled_at);
CREATE INDEX IF NOT EXISTS hockeyhub_inbox_dead_ix ON hockeyhub_inbox (consumer, handled_at) WHERE status = 'DEAD_LETTERED';
