-- shared-lib: transactional outbox (idempotent; applied to every service database)
CREATE TABLE IF NOT EXISTS hockeyhub_outbox (
    position        bigint GENERATED ALWAYS AS IDENTITY,
    id              uuid        NOT NULL,
    type            text        NOT NULL,
    organization_id uuid,
    envelope        jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    CONSTRAINT hockeyhub_outbox_pk PRIMARY KEY (position),
    CONSTRAINT hockeyhub_outbox_id_uk UNIQUE (id)
);
-- the relay's claim query: pending rows in order
CREATE INDEX IF NOT EXISTS hockeyhub_outbox_pending_ix ON hockeyhub_outbox (position) WHERE sent_at IS NULL;
-- purging sent rows
CREATE INDEX IF NOT EXISTS hockeyhub_outbox_sent_ix ON hockeyhub_outbox (sent_at) WHERE sent_at IS NOT NULL;
