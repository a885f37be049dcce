-- calendar-service schema: events, participants, recurring series, resources, bookings, reminders, feeds, roster.
-- btree_gist is a trusted extension (PostgreSQL 13+): the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A recurring series: the RFC 5545 rule, its time zone and the template its occurrences (events rows) come from.
CREATE TABLE recurrence_rules (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL,
    rrule            text        NOT NULL,
    frequency        text        NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
    interval_value   integer     NOT NULL DEFAULT 1 CHECK (interval_value BETWEEN 1 AND 366),
    by_day           text,
    by_month_day     text,
    occurrence_count integer CHECK (occurrence_count > 0),
    until_at         timestamptz,
    exception_dates  text,
    dtstart_local    timestamp   NOT NULL,
    duration_minutes integer     NOT NULL CHECK (duration_minutes > 0),
    time_zone        text        NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    created_by       uuid,
    updated_by       uuid,
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT recurrence_rules_bounded CHECK (occurrence_count IS NOT NULL OR until_at IS NOT NULL)
);
CREATE INDEX recurrence_rules_org_idx ON recurrence_rules (organization_id) WHERE deleted_at IS NULL;

CREATE TABLE events (
    id                uuid PRIMARY KEY,
    organization_id   uuid         NOT NULL,
    title             varchar(200) NOT NULL,
    description       text,
    type              text         NOT NULL CHECK (type IN ('training', 'game', 'meeting', 'medical', 'equipment',
                                                            'team_event', 'other')),
    status            text         NOT NULL CHECK (status IN ('draft', 'scheduled', 'in_progress', 'completed',
                                                              'cancelled', 'postponed')),
    visibility        text         NOT NULL CHECK (visibility IN ('public', 'team', 'private', 'role_based')),
    visible_roles     text,
    start_at          timestamptz  NOT NULL,
    end_at            timestamptz  NOT NULL,
    all_day           boolean      NOT NULL DEFAULT false,
    time_zone         text         NOT NULL,
    location          varchar(300),
    team_id           uuid,
    organizer_id      uuid         NOT NULL,
    opponent          varchar(200),
    home_away         text CHECK (home_away IN ('home', 'away', 'neutral')),
    result            varchar(50),
    max_participants  integer CHECK (max_participants > 0),
    default_attending boolean      NOT NULL DEFAULT false,
    reminder_minutes  integer[]    NOT NULL DEFAULT '{}',
    series_id         uuid REFERENCES recurrence_rules (id),
    recurrence_id     timestamptz,
    detached          boolean      NOT NULL DEFAULT false,
    cancel_reason     varchar(500),
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    deleted_at        timestamptz,
    created_by        uuid,
    updated_by        uuid,
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT events_end_after_start CHECK (end_at > start_at),
    CONSTRAINT events_game_details CHECK (type = 'game' OR (opponent IS NULL AND home_away IS NULL AND result IS NULL))
);
CREATE INDEX events_org_start_idx ON events (organization_id, start_at) WHERE deleted_at IS NULL;
CREATE INDEX events_team_start_idx ON events (team_id, start_at) WHERE deleted_at IS NULL;
CREATE INDEX events_series_idx ON events (series_id, recurrence_id) WHERE deleted_at IS NULL;
-- the reminder job looks only at scheduled, upcoming events
CREATE INDEX events_upcoming_scheduled_idx ON events (start_at) WHERE deleted_at IS NULL AND status = 'scheduled';

CREATE TABLE event_participants (
    id               uuid PRIMARY KEY,
    organization_id  uuid        NOT NULL,
    event_id         uuid        NOT NULL REFERENCES events (id),
    user_id          uuid        NOT NULL,
    role             text        NOT NULL CHECK (role IN ('organizer', 'required', 'optional')),
    rsvp_status      text        NOT NULL CHECK (rsvp_status IN ('pending', 'accepted', 'declined', 'tentative',
                                                                 'waitlisted')),
    waitlisted_at    timestamptz,
    responded_at     timestamptz,
    responded_by     uuid,
    checked_in_at    timestamptz,
    unavailable      boolean     NOT NULL DEFAULT false,
    unavailable_reason varchar(50),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    created_by       uuid,
    updated_by       uuid,
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT event_participants_waitlist CHECK ((rsvp_status = 'waitlisted') = (waitlisted_at IS NOT NULL))
);
CREATE UNIQUE INDEX event_participants_event_user_uq ON event_participants (event_id, user_id) WHERE deleted_at IS NULL;
CREATE INDEX event_participants_user_idx ON event_participants (user_id) WHERE deleted_at IS NULL;
CREATE INDEX event_participants_waitlist_idx ON event_participants (event_id, waitlisted_at)
    WHERE deleted_at IS NULL AND rsvp_status = 'waitlisted';

CREATE TABLE resources (
    id                uuid PRIMARY KEY,
    organization_id   uuid          NOT NULL,
    name              varchar(200)  NOT NULL,
    type              text          NOT NULL CHECK (type IN ('ice_rink', 'gym', 'room', 'vehicle', 'equipment')),
    description       text,
    location          varchar(300),
    capacity          integer CHECK (capacity > 0),
    hourly_rate       numeric(12, 2) NOT NULL DEFAULT 0 CHECK (hourly_rate >= 0),
    currency          varchar(3)     NOT NULL DEFAULT 'SEK',
    requires_approval boolean       NOT NULL DEFAULT false,
    time_zone         text          NOT NULL,
    active            boolean       NOT NULL DEFAULT true,
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    deleted_at        timestamptz,
    created_by        uuid,
    updated_by        uuid,
    version           bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX resources_org_name_uq ON resources (organization_id, lower(name)) WHERE deleted_at IS NULL;

-- Weekly opening hours in the resource's time zone; a resource without windows is always available.
CREATE TABLE resource_availability (
    resource_id uuid    NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
    day_of_week text    NOT NULL CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                                         'SATURDAY', 'SUNDAY')),
    start_time  time    NOT NULL,
    end_time    time    NOT NULL,
    CONSTRAINT resource_availability_order CHECK (end_time > start_time)
);
CREATE INDEX resource_availability_resource_idx ON resource_availability (resource_id);

CREATE TABLE resource_bookings (
    id              uuid PRIMARY KEY,
    organization_id uuid           NOT NULL,
    resource_id     uuid           NOT NULL REFERENCES resources (id),
    event_id        uuid REFERENCES events (id),
    start_at        timestamptz    NOT NULL,
    end_at          timestamptz    NOT NULL,
    during          tstzrange      GENERATED ALWAYS AS (tstzrange(start_at, end_at, '[)')) STORED,
    status          text           NOT NULL CHECK (status IN ('pending', 'confirmed', 'cancelled', 'completed')),
    purpose         varchar(300),
    booked_by       uuid           NOT NULL,
    approved_by     uuid,
    approved_at     timestamptz,
    cancelled_at    timestamptz,
    cancel_reason   varchar(500),
    cost            numeric(12, 2) NOT NULL DEFAULT 0,
    created_at      timestamptz    NOT NULL,
    updated_at      timestamptz    NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint         NOT NULL DEFAULT 0,
    CONSTRAINT resource_bookings_end_after_start CHECK (end_at > start_at),
    -- No two active bookings of one resource overlap, whatever the concurrency: the database decides.
    CONSTRAINT resource_bookings_no_overlap EXCLUDE USING gist (resource_id WITH =, during WITH &&)
        WHERE (status IN ('pending', 'confirmed') AND deleted_at IS NULL)
);
CREATE INDEX resource_bookings_org_idx ON resource_bookings (organization_id, start_at) WHERE deleted_at IS NULL;
CREATE INDEX resource_bookings_event_idx ON resource_bookings (event_id) WHERE deleted_at IS NULL;

-- One row per reminder sent: the unique key makes each (event, participant, lead time) go out once, across replicas.
CREATE TABLE reminder_deliveries (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    event_id        uuid        NOT NULL REFERENCES events (id),
    user_id         uuid        NOT NULL,
    lead_minutes    integer     NOT NULL,
    due_at          timestamptz NOT NULL,
    sent_at         timestamptz NOT NULL,
    CONSTRAINT reminder_deliveries_once UNIQUE (event_id, user_id, lead_minutes)
);

-- Per-user secret for calendar subscriptions; keeps the access the user had when the token was issued.
CREATE TABLE feed_tokens (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    token_hash      varchar(64)    NOT NULL,
    roles           text        NOT NULL,
    team_ids        text        NOT NULL,
    child_ids       text        NOT NULL,
    last_used_at    timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX feed_tokens_hash_uq ON feed_tokens (token_hash) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX feed_tokens_user_uq ON feed_tokens (user_id) WHERE deleted_at IS NULL;

-- Local copy of team memberships, kept from user-service's team.member.added/removed events.
CREATE TABLE roster_members (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    team_id         uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    team_role       varchar(50),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    created_by      uuid,
    updated_by      uuid,
    version         bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX roster_members_team_user_uq ON roster_members (team_id, user_id) WHERE deleted_at IS NULL;
