package com.hockeyhub.user.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import com.hockeyhub.shared.test.TestDatabase;
import com.hockeyhub.shared.test.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** V2 against a database that still has the earlier integer-id tables, and against an empty one. */
class LegacyImportTest {

    private static Flyway flyway(TestDatabase db) {
        return Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                .locations("classpath:db/migration", "classpath:db/shared")
                .baselineOnMigrate(true).baselineVersion("0").load();
    }

    private static JdbcTemplate jdbc(TestDatabase db) {
        // across clubs: the checks read every club's rows (a connection that states no club sees none)
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password());
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("options", "-c hockeyhub.organization_id=*");
        dataSource.setConnectionProperties(properties);
        return new JdbcTemplate(dataSource);
    }

    @Test
    void legacyRowsArriveWithEveryRelation() throws Exception {
        TestDatabase db = TestInfrastructure.get().createDatabase("legacy");
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE legacy_users (id serial PRIMARY KEY, email text NOT NULL, password_hash text,
                        first_name text, last_name text, phone text, date_of_birth date, role text, active boolean,
                        created_at timestamp);
                    CREATE TABLE legacy_teams (id serial PRIMARY KEY, name text NOT NULL, team_type text,
                        age_group text, season text, created_at timestamp);
                    CREATE TABLE legacy_team_members (id serial PRIMARY KEY, team_id int REFERENCES legacy_teams,
                        user_id int REFERENCES legacy_users, role text, jersey_number int, position text,
                        joined_at timestamp, left_at timestamp);
                    INSERT INTO legacy_users (email, password_hash, first_name, last_name, date_of_birth, role, active) VALUES
                        ('coach@old.club', '$2a$10$abcdefghijklmnopqrstuuJ3H9nQ0cK1o6m7qk5cTq5J2X5Y8rWQW', 'Old', 'Coach', '1970-01-01', 'coach', true),
                        ('Player1@Old.Club', NULL, 'Pat', 'One', '2009-02-02', 'player', true),
                        ('player2@old.club', '', 'Sam', 'Two', '2008-03-03', 'PLAYER', false),
                        ('admin@old.club', 'x', 'Ada', 'Admin', NULL, 'admin', true),
                        ('player1@old.club', 'dup', 'Pat', 'Duplicate', NULL, 'player', true);
                    INSERT INTO legacy_teams (name, team_type, age_group, season) VALUES
                        ('Old Hawks', 'youth', 'U16', '2019-2020'),
                        ('Old Hawks', 'youth', 'U16', '2019-2020'),
                        ('Old Bears', 'weird', NULL, NULL);
                    INSERT INTO legacy_team_members (team_id, user_id, role, jersey_number, position, joined_at, left_at) VALUES
                        (1, 1, 'coach', NULL, NULL, '2019-08-01', NULL),
                        (1, 2, 'player', 10, 'center', '2019-08-01', NULL),
                        (1, 3, 'player', 10, 'left wing', '2019-08-01', NULL),
                        (1, 3, 'player', 10, 'defense', '2018-08-01', '2019-05-01'),
                        (2, 5, 'player', 150, 'goalie', '2019-08-01', NULL),
                        (3, 2, 'player', 7, NULL, '2019-08-01', NULL);
                    """);
        }

        flyway(db).migrate();

        JdbcTemplate jdbc = jdbc(db);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM legacy_users", Integer.class)).isEqualTo(5);
        // duplicate e-mails (case-insensitive) become one user; both legacy ids map to it
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT new_id) FROM legacy_id_map WHERE entity = 'user'"
                + " AND legacy_id IN (2, 5)", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM legacy_id_map WHERE entity = 'user'", Integer.class))
                .isEqualTo(5);
        assertThat(jdbc.queryForList("SELECT email FROM users ORDER BY email", String.class))
                .containsExactly("admin@old.club", "coach@old.club", "player1@old.club", "player2@old.club");
        assertThat(jdbc.queryForObject("SELECT active FROM users WHERE email = 'player2@old.club'", Boolean.class)).isFalse();

        String org = jdbc.queryForObject("SELECT id::text FROM organizations WHERE subdomain = 'legacy'", String.class);
        List<Map<String, Object>> roles = jdbc.queryForList("""
                SELECT u.email, m.role FROM user_organizations m JOIN users u ON u.id = m.user_id
                WHERE m.organization_id = ?::uuid ORDER BY u.email""", org);
        assertThat(roles).extracting(r -> r.get("email") + "=" + r.get("role")).containsExactly(
                "admin@old.club=CLUB_ADMIN", "coach@old.club=COACH", "player1@old.club=PLAYER", "player2@old.club=PLAYER");

        assertThat(jdbc.queryForList("SELECT name || '/' || season || '/' || team_type FROM teams ORDER BY name", String.class))
                .containsExactly("Old Bears/legacy/SENIOR", "Old Hawks/2019-2020/YOUTH", "Old Hawks (2)/2019-2020/YOUTH");

        // every membership is there with its team and user, via the mapping table
        List<Map<String, Object>> members = jdbc.queryForList("""
                SELECT lm.legacy_id, t.legacy_id AS legacy_team, u.legacy_id AS legacy_user,
                       tm.jersey_number, tm.position, tm.left_at IS NOT NULL AS has_left
                FROM legacy_id_map lm
                JOIN team_members tm ON tm.id = lm.new_id
                JOIN legacy_id_map t ON t.entity = 'team' AND t.new_id = tm.team_id
                JOIN legacy_id_map u ON u.entity = 'user' AND u.new_id = tm.user_id AND u.legacy_id IN (
                    SELECT min(x.legacy_id) FROM legacy_id_map x WHERE x.entity = 'user' AND x.new_id = tm.user_id)
                WHERE lm.entity = 'team_member' ORDER BY lm.legacy_id""");
        assertThat(members).hasSize(6);
        assertThat(members).extracting(m -> m.get("legacy_team") + ":" + m.get("legacy_user") + ":"
                        + m.get("jersey_number") + ":" + m.get("position") + ":" + m.get("has_left"))
                .containsExactly(
                        "1:1:null:null:false",
                        "1:2:10:CENTER:false",
                        // jersey 10 was already worn by an active member: kept without a number
                        "1:3:null:LEFT_WING:false",
                        // a past membership keeps its number
                        "1:3:10:DEFENSE:true",
                        // 150 is no jersey number
                        "2:2:null:GOALIE:false",
                        "3:2:7:null:false");

        // the legacy tables stay in place, and the schema validates like a fresh one
        assertThat(jdbc.queryForObject("SELECT count(*) FROM legacy_team_members", Integer.class)).isEqualTo(6);
        assertThat(flyway(db).validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void onAFreshDatabaseTheImportDoesNothing() {
        TestDatabase db = TestInfrastructure.get().createDatabase("fresh");
        flyway(db).migrate();
        JdbcTemplate jdbc = jdbc(db);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organizations", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM legacy_id_map", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT to_regclass('legacy_users') IS NULL", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("SELECT ispopulated FROM pg_matviews WHERE matviewname = 'user_statistics'",
                Boolean.class)).isTrue();
    }
}
