-- Physical tests: the club's test definitions (30 m sprint, vertical jump, beep test, ...) and players' results.

CREATE TABLE physical_tests (
    id               uuid         PRIMARY KEY,
    organization_id  uuid         NOT NULL,
    name             varchar(120) NOT NULL,
    unit             varchar(20)  NOT NULL CHECK (unit IN ('seconds', 'meters', 'centimeters', 'kilograms', 'reps',
                                                           'level', 'watts', 'bpm', 'ml_kg_min')),
    higher_is_better boolean      NOT NULL,
    description      varchar(2000),
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    deleted_at       timestamptz,
    created_by       uuid,
    updated_by       uuid,
    version          bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX physical_tests_name_uk ON physical_tests (organization_id, lower(name)) WHERE deleted_at IS NULL;

CREATE TABLE physical_test_results (
    id              uuid          PRIMARY KEY,
    organization_id uuid          NOT NULL,
    test_id         uuid          NOT NULL REFERENCES physical_tests (id),
    player_id       uuid          NOT NULL,
    value           numeric(10, 3) NOT NULL CHECK (value >= 0),
    tested_on       date          NOT NULL,
    notes           varchar(500),
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint        NOT NULL DEFAULT 0
);
CREATE INDEX physical_test_results_player_ix ON physical_test_results (player_id, test_id, tested_on)
    WHERE deleted_at IS NULL;
CREATE INDEX physical_test_results_test_ix ON physical_test_results (test_id, player_id) WHERE deleted_at IS NULL;

SELECT hockeyhub_tenant_isolation('physical_tests');
SELECT hockeyhub_tenant_isolation('physical_test_results');
