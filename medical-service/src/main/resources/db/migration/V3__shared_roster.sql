-- The roster now lives in shared-lib's projection (hockeyhub_roster_*, R__hockeyhub_roster.sql), rebuilt from the
-- event stream by its new durable consumers (they deliver from the stream's start); the service's own copy goes.
DROP TABLE IF EXISTS team_roster;
DROP TABLE IF EXISTS club_players;
