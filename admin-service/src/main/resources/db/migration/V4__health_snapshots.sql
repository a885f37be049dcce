-- The suite's health over time: one row per service and poll round (slot: the round's start, the poll interval
-- apart). Platform data without a club (super admins only), so no row-level security. A round is written by one
-- replica: the poller holds an advisory lock and the (slot, service) key refuses a second copy.
CREATE TABLE health_snapshots (
    slot            timestamptz NOT NULL,
    service         varchar(60) NOT NULL,
    status          varchar(30) NOT NULL,
    score           smallint    NOT NULL CHECK (score BETWEEN 0 AND 100),
    response_ms     integer     NOT NULL,
    components      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    error           varchar(500),
    checked_at      timestamptz NOT NULL,
    PRIMARY KEY (slot, service)
);
CREATE INDEX health_snapshots_service_slot_ix ON health_snapshots (service, slot DESC);
CREATE INDEX health_snapshots_slot_brin ON health_snapshots USING brin (slot);
