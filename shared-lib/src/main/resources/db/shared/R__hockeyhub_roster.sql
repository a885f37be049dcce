-- shared-lib: the roster projection (roster.Roster), kept from user-service's team.*, user.* and family.link.* events
-- by the services that enable it (hockeyhub.roster.enabled). Idempotent; applied to every service database.
CREATE TABLE IF NOT EXISTS hockeyhub_roster_team (
    team_id          uuid        PRIMARY KEY,
    organization_id  uuid        NOT NULL,
    name             text,
    age_group        text,
    season           text,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS hockeyhub_roster_team_org_ix ON hockeyhub_roster_team (organization_id);

CREATE TABLE IF NOT EXISTS hockeyhub_roster_member (
    team_id          uuid        NOT NULL,
    user_id          uuid        NOT NULL,
    organization_id  uuid        NOT NULL,
    team_role        text,
    jersey_number    integer,
    position         text,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT hockeyhub_roster_member_pk PRIMARY KEY (team_id, user_id)
);
CREATE INDEX IF NOT EXISTS hockeyhub_roster_member_user_ix ON hockeyhub_roster_member (user_id);

CREATE TABLE IF NOT EXISTS hockeyhub_roster_person (
    user_id          uuid        PRIMARY KEY,
    organization_id  uuid,
    email            text,
    first_name       text,
    last_name        text,
    roles            text[]      NOT NULL DEFAULT '{}',
    active           boolean     NOT NULL DEFAULT true,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS hockeyhub_roster_person_org_ix ON hockeyhub_roster_person (organization_id);

CREATE TABLE IF NOT EXISTS hockeyhub_roster_family_link (
    parent_id          uuid        NOT NULL,
    child_id           uuid        NOT NULL,
    organization_id    uuid        NOT NULL,
    relationship_type  text,
    primary_contact    boolean     NOT NULL DEFAULT false,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT hockeyhub_roster_family_link_pk PRIMARY KEY (parent_id, child_id)
);
CREATE INDEX IF NOT EXISTS hockeyhub_roster_family_link_child_ix ON hockeyhub_roster_family_link (child_id);

SELECT hockeyhub_tenant_isolation('hockeyhub_roster_team');
SELECT hockeyhub_tenant_isolation('hockeyhub_roster_member');
SELECT hockeyhub_tenant_isolation('hockeyhub_roster_person');
SELECT hockeyhub_tenant_isolation('hockeyhub_roster_family_link');

-- The last team membership change (team.member.added / .role_changed / .removed) each consumer applied per club, team
-- and person, by the event's occurredAt (roster.MembershipOrder): consumers of different event types run in no order
-- with each other, and redeliveries and replays bring older changes late; an older change must not undo a newer one.
CREATE TABLE IF NOT EXISTS hockeyhub_membership_changes (
    consumer         text        NOT NULL,
    organization_id  uuid        NOT NULL,
    team_id          uuid        NOT NULL,
    user_id          uuid        NOT NULL,
    member           boolean     NOT NULL,
    changed_at       timestamptz NOT NULL,
    event_id         uuid        NOT NULL,
    CONSTRAINT hockeyhub_membership_changes_pk PRIMARY KEY (consumer, organization_id, team_id, user_id)
);
SELECT hockeyhub_tenant_isolation('hockeyhub_membership_changes');
