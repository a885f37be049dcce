-- Indexes for the real queries, full-text search, and the per-club statistics view.

-- Members of an organization (totals of the directory), by role; a user's memberships (token claims, login)
CREATE INDEX user_organizations_org_user_idx ON user_organizations (organization_id, user_id) WHERE deleted_at IS NULL;
CREATE INDEX user_organizations_org_role_idx ON user_organizations (organization_id, role, user_id)
    WHERE deleted_at IS NULL;
CREATE INDEX user_organizations_user_idx ON user_organizations (user_id) WHERE deleted_at IS NULL;

-- Directory listing ordered by name (the default sort of GET /api/users)
CREATE INDEX users_name_idx ON users (last_name, first_name, id) WHERE deleted_at IS NULL;

-- Full-text search on names and e-mail; UserSearch.SEARCH_VECTOR repeats this expression exactly.
-- The e-mail goes in twice: whole, and split at its punctuation so "smith" finds "j.smith@club.org".
CREATE INDEX users_search_idx ON users USING gin (to_tsvector('simple'::regconfig,
    first_name || ' ' || last_name || ' ' || email || ' ' || translate(email, '@.-_+', '     ')))
    WHERE deleted_at IS NULL;
CREATE INDEX organizations_search_idx ON organizations USING gin (to_tsvector('simple'::regconfig, name))
    WHERE deleted_at IS NULL;

-- Teams of a club; rosters; a user's teams (token claims)
CREATE INDEX teams_org_idx ON teams (organization_id, name) WHERE deleted_at IS NULL;
CREATE INDEX team_members_team_idx ON team_members (team_id, team_role, user_id)
    WHERE deleted_at IS NULL AND left_at IS NULL;
CREATE INDEX team_members_user_idx ON team_members (user_id) WHERE deleted_at IS NULL AND left_at IS NULL;

-- Family links by child (by parent is served by parent_child_uq)
CREATE INDEX parent_child_child_idx ON parent_child_relationships (child_id) WHERE deleted_at IS NULL;
CREATE INDEX parent_child_org_idx ON parent_child_relationships (organization_id) WHERE deleted_at IS NULL;

-- Login lookups: lockout counting by e-mail and time; BRIN on the append-mostly timestamp for retention sweeps
CREATE INDEX login_attempts_email_idx ON login_attempts (email, attempted_at);
CREATE INDEX login_attempts_time_brin ON login_attempts USING brin (attempted_at);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL;
CREATE INDEX refresh_tokens_expiry_brin ON refresh_tokens USING brin (issued_at);
CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id) WHERE used_at IS NULL;

-- Per-club statistics, refreshed concurrently by UserStatisticsRefresher (never inside a request)
CREATE MATERIALIZED VIEW user_statistics AS
SELECT o.id AS organization_id,
       count(DISTINCT m.user_id)                                          AS total_users,
       count(DISTINCT m.user_id) FILTER (WHERE u.active AND m.active)     AS active_users,
       count(DISTINCT m.user_id) FILTER (WHERE m.role = 'PLAYER')         AS players,
       count(DISTINCT m.user_id) FILTER (WHERE m.role IN ('COACH', 'ASSISTANT_COACH')) AS coaches,
       count(DISTINCT m.user_id) FILTER (WHERE m.role = 'PARENT')         AS parents,
       (SELECT count(*) FROM teams t WHERE t.organization_id = o.id AND t.deleted_at IS NULL) AS teams,
       now()                                                              AS computed_at
FROM organizations o
LEFT JOIN user_organizations m ON m.organization_id = o.id AND m.deleted_at IS NULL
LEFT JOIN users u ON u.id = m.user_id AND u.deleted_at IS NULL
WHERE o.deleted_at IS NULL
GROUP BY o.id;
CREATE UNIQUE INDEX user_statistics_org_uq ON user_statistics (organization_id);

-- Append-only refresh requests: writers insert (no row contention), the refresher drains them.
CREATE TABLE user_statistics_refresh_requests (
    id           bigserial PRIMARY KEY,
    requested_at timestamptz NOT NULL DEFAULT now()
);
