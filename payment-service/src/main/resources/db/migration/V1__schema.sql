-- payment-service schema. Money is NUMERIC(12,2) with an ISO 4217 currency (no floating point anywhere);
-- enums are text with CHECK constraints; times timestamptz (UTC), calendar dates date.

-- A club's plan: one row per organization (the natural key the trial, the saga step and the seed converge on).
CREATE TABLE subscriptions (
    id                   uuid PRIMARY KEY,
    organization_id      uuid          NOT NULL,
    tier                 text          NOT NULL CHECK (tier IN ('basic', 'standard', 'premium', 'enterprise')),
    status               text          NOT NULL CHECK (status IN ('trialing', 'active', 'past_due', 'cancelled', 'expired')),
    billing_interval     text          NOT NULL CHECK (billing_interval IN ('monthly', 'yearly')),
    price                numeric(12,2) NOT NULL CHECK (price >= 0),
    currency             text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    current_period_start date          NOT NULL,
    current_period_end   date          NOT NULL,
    trial_ends_on        date,
    cancelled_at         timestamptz,
    max_users            integer       CHECK (max_users > 0),    -- NULL: unlimited
    max_teams            integer       CHECK (max_teams > 0),
    max_players          integer       CHECK (max_players > 0),
    features             text          NOT NULL,               -- comma separated feature flags of the tier
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    deleted_at           timestamptz,
    created_by           uuid,
    updated_by           uuid,
    version              bigint        NOT NULL,
    CHECK (current_period_end > current_period_start)
);
CREATE UNIQUE INDEX subscriptions_organization_uk ON subscriptions (organization_id);

-- Usage, kept from user-service's events (user.*, team.*, team.member.*): the rows themselves, so a redelivered or
-- repeated event never counts twice and the counts are always count(*) of real members. Each event type has its own
-- consumer, so types can arrive out of order: a row keeps the time of the event that last changed it (an older
-- event changes nothing) and deletions stay as tombstones (a late user.created or team.member.added cannot revive).
CREATE TABLE usage_users (
    organization_id uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    active          boolean     NOT NULL,
    deleted         boolean     NOT NULL DEFAULT false,
    changed_at      timestamptz NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX usage_users_user_idx ON usage_users (user_id);
CREATE TABLE usage_teams (
    organization_id uuid        NOT NULL,
    team_id         uuid        NOT NULL PRIMARY KEY,
    deleted         boolean     NOT NULL DEFAULT false,
    changed_at      timestamptz NOT NULL
);
CREATE INDEX usage_teams_org_idx ON usage_teams (organization_id);
CREATE TABLE usage_team_players (
    organization_id uuid        NOT NULL,
    team_id         uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    player          boolean     NOT NULL,           -- false: removed, or no longer in the player role
    changed_at      timestamptz NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX usage_team_players_org_idx ON usage_team_players (organization_id, user_id);

-- Gap-free invoice numbers per club and year: the counter row is locked by the issuing transaction until it commits.
CREATE TABLE invoice_number_sequences (
    organization_id uuid    NOT NULL,
    year            integer NOT NULL,
    last_value      integer NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (organization_id, year)
);

CREATE TABLE invoices (
    id               uuid PRIMARY KEY,
    organization_id  uuid          NOT NULL,
    number           text,                                   -- assigned when issued: <year>-<000001>
    number_year      integer,
    number_seq       integer,
    status           text          NOT NULL CHECK (status IN ('draft', 'open', 'partially_paid', 'paid', 'overdue',
                                       'void', 'refunded')),
    payer_id         uuid          NOT NULL,                 -- who pays (the primary-contact parent of a minor)
    player_id        uuid,                                   -- whom it is for, when a player
    team_id          uuid,
    season           text,
    instalment_no    integer,
    instalment_count integer,
    description      text          NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
    currency         text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    tax_rate         numeric(5,2)  NOT NULL CHECK (tax_rate >= 0 AND tax_rate <= 100),
    subtotal         numeric(12,2) NOT NULL CHECK (subtotal > 0),
    tax              numeric(12,2) NOT NULL CHECK (tax >= 0),
    total            numeric(12,2) NOT NULL,
    paid_amount      numeric(12,2) NOT NULL DEFAULT 0,
    refunded_amount  numeric(12,2) NOT NULL DEFAULT 0,
    issue_date       date,
    due_date         date          NOT NULL,
    paid_at          timestamptz,
    overdue_at       timestamptz,
    voided_at        timestamptz,
    void_reason      text,
    reminder_sent_at timestamptz,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    deleted_at       timestamptz,
    created_by       uuid,
    updated_by       uuid,
    version          bigint        NOT NULL,
    CHECK (total = subtotal + tax),
    CHECK (paid_amount >= 0 AND paid_amount <= total),
    CHECK (refunded_amount >= 0 AND refunded_amount <= paid_amount),
    CHECK ((number IS NULL) = (status = 'draft' OR (status = 'void' AND issue_date IS NULL))),
    CHECK (issue_date IS NULL OR due_date >= issue_date),
    CHECK (instalment_no IS NULL OR (instalment_no BETWEEN 1 AND instalment_count))
);
CREATE UNIQUE INDEX invoices_number_uk ON invoices (organization_id, number);
CREATE UNIQUE INDEX invoices_number_seq_uk ON invoices (organization_id, number_year, number_seq);
-- one season-fee invoice per club, team, season, player and instalment: a second run issues nothing new
CREATE UNIQUE INDEX invoices_season_fee_uk ON invoices (organization_id, team_id, season, player_id, instalment_no)
    WHERE season IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX invoices_org_status_due_idx ON invoices (organization_id, status, due_date) WHERE deleted_at IS NULL;
CREATE INDEX invoices_payer_idx ON invoices (payer_id, due_date) WHERE deleted_at IS NULL;
CREATE INDEX invoices_player_idx ON invoices (player_id, due_date) WHERE deleted_at IS NULL AND player_id IS NOT NULL;
-- the sweep's claim: open or partly paid invoices by due date
CREATE INDEX invoices_sweep_idx ON invoices (due_date) WHERE deleted_at IS NULL AND status IN ('open', 'partially_paid');

CREATE TABLE invoice_lines (
    id              uuid PRIMARY KEY,
    organization_id uuid          NOT NULL,
    invoice_id      uuid          NOT NULL REFERENCES invoices (id),
    position        integer       NOT NULL CHECK (position >= 1),
    description     text          NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
    quantity        integer       NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
    unit_price      numeric(12,2) NOT NULL CHECK (unit_price > 0),
    amount          numeric(12,2) NOT NULL CHECK (amount > 0),
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint        NOT NULL,
    CHECK (amount = quantity * unit_price)
);
CREATE UNIQUE INDEX invoice_lines_position_uk ON invoice_lines (invoice_id, position) WHERE deleted_at IS NULL;

CREATE TABLE payments (
    id                 uuid PRIMARY KEY,
    organization_id    uuid          NOT NULL,
    invoice_id         uuid          NOT NULL REFERENCES invoices (id),
    payer_id           uuid          NOT NULL,
    amount             numeric(12,2) NOT NULL CHECK (amount > 0),
    refunded_amount    numeric(12,2) NOT NULL DEFAULT 0,
    currency           text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    method             text          NOT NULL CHECK (method IN ('card', 'bank_transfer', 'cash', 'other')),
    status             text          NOT NULL CHECK (status IN ('succeeded', 'partially_refunded', 'refunded')),
    provider           text,
    provider_reference text,
    card_brand         text,
    card_last4         text          CHECK (card_last4 ~ '^[0-9]{4}$'),
    reference          text,
    recorded_by        uuid          NOT NULL,
    received_at        timestamptz   NOT NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint        NOT NULL,
    CHECK (refunded_amount >= 0 AND refunded_amount <= amount)
);
CREATE INDEX payments_invoice_idx ON payments (invoice_id, received_at) WHERE deleted_at IS NULL;
CREATE INDEX payments_org_received_idx ON payments (organization_id, received_at) WHERE deleted_at IS NULL;

CREATE TABLE refunds (
    id                 uuid PRIMARY KEY,
    organization_id    uuid          NOT NULL,
    payment_id         uuid          NOT NULL REFERENCES payments (id),
    invoice_id         uuid          NOT NULL REFERENCES invoices (id),
    amount             numeric(12,2) NOT NULL CHECK (amount > 0),
    currency           text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    reason             text,
    provider_reference text,
    refunded_by        uuid          NOT NULL,
    refunded_at        timestamptz   NOT NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    deleted_at         timestamptz,
    created_by         uuid,
    updated_by         uuid,
    version            bigint        NOT NULL
);
CREATE INDEX refunds_payment_idx ON refunds (payment_id) WHERE deleted_at IS NULL;
CREATE INDEX refunds_org_time_idx ON refunds (organization_id, refunded_at) WHERE deleted_at IS NULL;

-- Saved cards: the processor's token and what may be shown (brand, last four digits, expiry), never a card number.
CREATE TABLE payment_methods (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    provider        text        NOT NULL,
    provider_token  text        NOT NULL,
    card_brand      text        NOT NULL,
    card_last4      text        NOT NULL CHECK (card_last4 ~ '^[0-9]{4}$'),
    exp_month       integer     NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year        integer     NOT NULL CHECK (exp_year BETWEEN 2000 AND 2100),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL
);
CREATE INDEX payment_methods_user_idx ON payment_methods (user_id) WHERE deleted_at IS NULL;
