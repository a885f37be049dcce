-- planning-service's season phases per team, kept from planning.phase.changed (never by reading planning's database):
-- a session shows the intensity of the phase its day falls in.
CREATE TABLE team_phases (
    team_id         uuid         NOT NULL,
    phase_id        uuid         NOT NULL,
    organization_id uuid         NOT NULL,
    name            varchar(120) NOT NULL,
    intensity       varchar(30),
    starts_on       date         NOT NULL,
    ends_on         date         NOT NULL,
    received_at     timestamptz  NOT NULL,
    PRIMARY KEY (team_id, phase_id)
);
CREATE INDEX team_phases_team_days_ix ON team_phases (team_id, starts_on, ends_on);

SELECT hockeyhub_tenant_isolation('team_phases');
