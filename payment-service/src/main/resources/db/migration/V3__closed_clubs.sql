-- Clubs user-service deleted (organization.deleted). Events of one club reach separate consumers in any order, so a
-- late organization.created must find the club closed instead of opening a trial nobody ends.
CREATE TABLE closed_clubs (
    organization_id uuid        PRIMARY KEY,
    closed_at       timestamptz NOT NULL
);
SELECT hockeyhub_tenant_isolation('closed_clubs');
