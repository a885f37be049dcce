-- Import from the earlier Hockey Hub schema (integer ids), when its tables are present:
--   legacy_users(id, email, password_hash, first_name, last_name, phone, date_of_birth, role, active, created_at)
--   legacy_teams(id, name, team_type, age_group, season, created_at)
--   legacy_team_members(id, team_id, user_id, role, jersey_number, position, joined_at, left_at)
-- The legacy system served one club, so the import creates that club ("Legacy Hockey Club", subdomain "legacy")
-- and makes every imported user a member with their legacy role. legacy_id_map keeps legacy id -> UUID per entity;
-- the legacy tables stay in place. On a fresh database (no legacy tables) this migration creates only the empty map.

CREATE TABLE legacy_id_map (
    entity    varchar(30) NOT NULL,
    legacy_id bigint      NOT NULL,
    new_id    uuid        NOT NULL,
    PRIMARY KEY (entity, legacy_id)
);

DO $$
DECLARE
    org_id uuid := gen_random_uuid();
BEGIN
    IF to_regclass('legacy_users') IS NULL THEN
        RETURN;
    END IF;

    INSERT INTO organizations (id, name, subdomain, subscription_tier, active, created_at, updated_at, version)
    VALUES (org_id, 'Legacy Hockey Club', 'legacy', 'BASIC', true, now(), now(), 0);
    INSERT INTO legacy_id_map (entity, legacy_id, new_id) VALUES ('organization', 0, org_id);

    -- Users: one UUID per distinct (case-insensitive) e-mail; duplicates map to the first row's UUID.
    CREATE TEMP TABLE legacy_user_keys ON COMMIT DROP AS
        SELECT lu.id AS legacy_id,
               first_value(lu.id) OVER (PARTITION BY lower(trim(lu.email)) ORDER BY lu.id) AS canonical_id
        FROM legacy_users lu;
    CREATE TEMP TABLE legacy_user_uuids ON COMMIT DROP AS
        SELECT canonical_id, gen_random_uuid() AS new_id
        FROM (SELECT DISTINCT canonical_id FROM legacy_user_keys) c;

    INSERT INTO users (id, email, password_hash, first_name, last_name, phone, date_of_birth, active,
                       email_verified, preferred_language, created_at, updated_at, version)
    SELECT u.new_id, lower(trim(lu.email)),
           -- a missing hash can never match, so such users set a password through the reset flow
           coalesce(nullif(lu.password_hash, ''), '!legacy-no-password'),
           coalesce(nullif(trim(lu.first_name), ''), 'Unknown'), coalesce(nullif(trim(lu.last_name), ''), 'Unknown'),
           left(lu.phone, 30),
           CASE WHEN lu.date_of_birth > DATE '1900-01-01' THEN lu.date_of_birth END,
           coalesce(lu.active, true), false, 'en',
           coalesce(lu.created_at, now()), now(), 0
    FROM legacy_user_uuids u
    JOIN legacy_users lu ON lu.id = u.canonical_id;

    INSERT INTO legacy_id_map (entity, legacy_id, new_id)
    SELECT 'user', k.legacy_id, u.new_id
    FROM legacy_user_keys k JOIN legacy_user_uuids u ON u.canonical_id = k.canonical_id;

    INSERT INTO user_organizations (id, user_id, organization_id, role, joined_at, active, created_at, updated_at, version)
    SELECT gen_random_uuid(), u.new_id, org_id,
           CASE upper(replace(coalesce(lu.role, 'player'), '-', '_'))
               WHEN 'ADMIN' THEN 'CLUB_ADMIN'
               WHEN 'CLUB_ADMIN' THEN 'CLUB_ADMIN'
               WHEN 'COACH' THEN 'COACH'
               WHEN 'ASSISTANT_COACH' THEN 'ASSISTANT_COACH'
               WHEN 'TEAM_MANAGER' THEN 'TEAM_MANAGER'
               WHEN 'PARENT' THEN 'PARENT'
               WHEN 'MEDICAL_STAFF' THEN 'MEDICAL_STAFF'
               WHEN 'PHYSICAL_TRAINER' THEN 'PHYSICAL_TRAINER'
               WHEN 'EQUIPMENT_MANAGER' THEN 'EQUIPMENT_MANAGER'
               ELSE 'PLAYER'
           END,
           coalesce(lu.created_at, now()), coalesce(lu.active, true), now(), now(), 0
    FROM legacy_user_uuids u
    JOIN legacy_users lu ON lu.id = u.canonical_id;

    IF to_regclass('legacy_teams') IS NOT NULL THEN
        CREATE TEMP TABLE legacy_team_uuids ON COMMIT DROP AS
            SELECT lt.id AS legacy_id, gen_random_uuid() AS new_id FROM legacy_teams lt;

        INSERT INTO teams (id, organization_id, name, team_type, age_group, season, active, created_at, updated_at, version)
        SELECT t.new_id, org_id,
               -- names must stay unique per club and season: later duplicates get their legacy id appended
               CASE WHEN row_number() OVER (PARTITION BY lower(lt.name), coalesce(lt.season, 'legacy') ORDER BY lt.id) = 1
                    THEN lt.name ELSE lt.name || ' (' || lt.id || ')' END,
               CASE WHEN upper(lt.team_type) IN ('YOUTH', 'JUNIOR', 'SENIOR', 'RECREATIONAL') THEN upper(lt.team_type)
                    ELSE 'SENIOR' END,
               lt.age_group, coalesce(nullif(lt.season, ''), 'legacy'), true,
               coalesce(lt.created_at, now()), now(), 0
        FROM legacy_team_uuids t JOIN legacy_teams lt ON lt.id = t.legacy_id;

        INSERT INTO legacy_id_map (entity, legacy_id, new_id)
        SELECT 'team', legacy_id, new_id FROM legacy_team_uuids;

        IF to_regclass('legacy_team_members') IS NOT NULL THEN
            CREATE TEMP TABLE legacy_member_rows ON COMMIT DROP AS
                SELECT ltm.id AS legacy_id, gen_random_uuid() AS new_id, t.new_id AS team_id, u.new_id AS user_id,
                       CASE upper(replace(coalesce(ltm.role, 'player'), '-', '_'))
                           WHEN 'COACH' THEN 'COACH'
                           WHEN 'ASSISTANT_COACH' THEN 'ASSISTANT_COACH'
                           WHEN 'TEAM_MANAGER' THEN 'TEAM_MANAGER'
                           WHEN 'MEDICAL_STAFF' THEN 'MEDICAL_STAFF'
                           WHEN 'PHYSICAL_TRAINER' THEN 'PHYSICAL_TRAINER'
                           WHEN 'EQUIPMENT_MANAGER' THEN 'EQUIPMENT_MANAGER'
                           ELSE 'PLAYER'
                       END AS team_role,
                       CASE WHEN ltm.jersey_number BETWEEN 1 AND 99 THEN ltm.jersey_number END AS jersey_number,
                       CASE WHEN upper(replace(ltm.position, ' ', '_')) IN ('GOALIE', 'DEFENSE', 'CENTER', 'LEFT_WING', 'RIGHT_WING', 'FORWARD')
                            THEN upper(replace(ltm.position, ' ', '_')) END AS position,
                       coalesce(ltm.joined_at, now()) AS joined_at,
                       CASE WHEN ltm.left_at >= coalesce(ltm.joined_at, now()) THEN ltm.left_at END AS left_at
                FROM legacy_team_members ltm
                JOIN legacy_id_map t ON t.entity = 'team' AND t.legacy_id = ltm.team_id
                JOIN legacy_id_map u ON u.entity = 'user' AND u.legacy_id = ltm.user_id;

            -- keep the first active membership per team and user; and a jersey only for the first active holder
            DELETE FROM legacy_member_rows r
            WHERE r.left_at IS NULL AND EXISTS (
                SELECT 1 FROM legacy_member_rows o
                WHERE o.team_id = r.team_id AND o.user_id = r.user_id AND o.left_at IS NULL AND o.legacy_id < r.legacy_id);
            UPDATE legacy_member_rows r SET jersey_number = NULL
            WHERE r.left_at IS NULL AND r.jersey_number IS NOT NULL AND EXISTS (
                SELECT 1 FROM legacy_member_rows o
                WHERE o.team_id = r.team_id AND o.jersey_number = r.jersey_number AND o.left_at IS NULL
                  AND o.legacy_id < r.legacy_id);

            INSERT INTO team_members (id, team_id, user_id, team_role, jersey_number, position, joined_at, left_at,
                                      created_at, updated_at, version)
            SELECT new_id, team_id, user_id, team_role, jersey_number, position, joined_at, left_at, now(), now(), 0
            FROM legacy_member_rows;

            INSERT INTO legacy_id_map (entity, legacy_id, new_id)
            SELECT 'team_member', legacy_id, new_id FROM legacy_member_rows;
        END IF;
    END IF;
END
$$;
