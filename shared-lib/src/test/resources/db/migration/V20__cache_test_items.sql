-- Source data of the cache tests (shared-lib's test app only)
CREATE TABLE cache_test_items (
    id              uuid PRIMARY KEY,
    organization_id uuid          NOT NULL,
    name            text          NOT NULL,
    price           numeric(12,2) NOT NULL,
    kind            text          NOT NULL CHECK (kind IN ('STICK', 'SKATE', 'HELMET')),
    created_at      timestamptz   NOT NULL DEFAULT now()
);
-- rows the test warmer loads at startup (organization used by no other test)
INSERT INTO cache_test_items (id, organization_id, name, price, kind) VALUES
    ('0190c0de-0000-7000-8000-00000000a001', '0190c0de-0000-7000-8000-0000000000aa', 'Warm stick', 199.90, 'STICK'),
    ('0190c0de-0000-7000-8000-00000000a002', '0190c0de-0000-7000-8000-0000000000aa', 'Warm skate', 349.00, 'SKATE'),
    ('0190c0de-0000-7000-8000-00000000a003', '0190c0de-0000-7000-8000-0000000000aa', 'Warm helmet', 89.50, 'HELMET');
