-- what the test event handlers received (no unique key on purpose: a double delivery would show as two rows)
CREATE TABLE event_test_receipts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    handler     text        NOT NULL,
    event_id    uuid        NOT NULL,
    marker      text        NOT NULL,
    source      text,
    received_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX event_test_receipts_marker_ix ON event_test_receipts (marker);
