package com.hockeyhub.user.seed;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.organization.OrganizationRequests;
import com.hockeyhub.user.organization.OrganizationService;
import com.hockeyhub.user.organization.SubscriptionTier;
import com.hockeyhub.user.organization.UserStatistics;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A large synthetic club for benchmarks ({@code hockeyhub.seed.users=N}): the "Hockey Hub Scale Club" with N users
 * (mostly players, some parents and staff) and teams of 20 with jerseys, loaded with COPY in batches of 10,000.
 * Idempotent: it tops the club up to N users and never adds more. All scale users share one password.
 */
@Component
public class ScaleSeeder {

    public static final String SUBDOMAIN = "scale";
    public static final String PASSWORD = "Scale-Hockey-2026";
    static final int BATCH = 10_000;
    static final int TEAM_SIZE = 20;

    private static final Logger log = LoggerFactory.getLogger(ScaleSeeder.class);
    private static final String[] FIRST = {"Liam", "Noah", "Oliver", "Elias", "Leo", "Emil", "Onni", "Eino", "Aiden",
            "Lucas", "Mason", "Ethan", "Logan", "Jack", "Owen", "Connor", "Mikko", "Matti", "Jonas", "Felix", "Emma",
            "Olivia", "Aino", "Sofia", "Ella", "Maya", "Lily", "Chloe", "Nora", "Ava", "Hanna", "Ida", "Sara", "Julia"};
    private static final String[] LAST = {"Smith", "Johnson", "Brown", "Tremblay", "Roy", "Gagnon", "Virtanen",
            "Korhonen", "Nieminen", "Makinen", "Lindqvist", "Andersson", "Karlsson", "Nilsson", "Novak", "Dvorak",
            "Svoboda", "Muller", "Schmidt", "Fischer", "Wilson", "Martin", "Walsh", "Murphy", "Kelly", "Campbell",
            "Stewart", "Morris", "Bergeron", "Crosby", "Laine", "Barkov", "Rantanen", "Aho", "Granlund", "Koivu"};
    private static final String[] POSITIONS = {"CENTER", "LEFT_WING", "RIGHT_WING", "DEFENSE", "DEFENSE", "GOALIE"};

    private final OrganizationService organizations;
    private final UserStatistics statistics;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;

    public ScaleSeeder(OrganizationService organizations, UserStatistics statistics, JdbcTemplate jdbc,
            DataSource dataSource, PasswordEncoder passwordEncoder) {
        this.organizations = organizations;
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
    }

    /** Tops the scale club up to {@code target} users; returns how many were added. */
    public int seed(int target) {
        Organization club = organizations.findBySubdomain(SUBDOMAIN).orElseGet(() -> organizations.create(
                new OrganizationRequests.CreateOrganization("Hockey Hub Scale Club", SUBDOMAIN, null, "#222222",
                        "#DDDDDD", SubscriptionTier.ENTERPRISE)));
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM user_organizations WHERE organization_id = ?"
                + " AND deleted_at IS NULL", Integer.class, club.getId());
        int from = existing == null ? 0 : existing;
        if (from >= target) {
            log.info("Scale club already has {} users (target {}): nothing to add", from, target);
            return 0;
        }
        String hash = passwordEncoder.encode(PASSWORD);
        long started = System.nanoTime();
        log.info("Scale seed: adding {} users to the Hockey Hub Scale Club ({} present)", target - from, from);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int start = from; start < target; start += BATCH) {
                int end = Math.min(target, start + BATCH);
                copyBatch(connection, copy, club.getId(), hash, start, end);
                connection.commit();
                log.info("Scale seed: {} / {} users ({} s)", end, target, (System.nanoTime() - started) / 1_000_000_000);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Scale seed failed", e);
        }
        jdbc.execute("ANALYZE users");
        jdbc.execute("ANALYZE user_organizations");
        jdbc.execute("ANALYZE team_members");
        statistics.requestRefresh();
        log.info("Scale seed: done, {} users in {} s", target, (System.nanoTime() - started) / 1_000_000_000);
        return target - from;
    }

    private void copyBatch(Connection connection, CopyManager copy, UUID org, String hash, int start, int end)
            throws SQLException, IOException {
        Instant now = Instant.now();
        StringBuilder users = new StringBuilder();
        StringBuilder memberships = new StringBuilder();
        StringBuilder teams = new StringBuilder();
        StringBuilder members = new StringBuilder();
        List<UUID> ids = new ArrayList<>();
        UUID currentTeam = null;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = start; i < end; i++) {
            UUID id = Uuid7.next();
            ids.add(id);
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i / FIRST.length) % LAST.length];
            // 90% players, 6% parents, the rest coaches and other staff
            int bucket = i % 50;
            String role = bucket < 45 ? "PLAYER" : bucket < 48 ? "PARENT" : bucket == 48 ? "COACH" : "TEAM_MANAGER";
            LocalDate born = "PLAYER".equals(role) ? LocalDate.of(2005 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28))
                    : LocalDate.of(1965 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
            users.append(id).append(',').append("user").append(i).append('.').append(last.toLowerCase())
                    .append("@scale.hockeyhub.test,\"").append(hash).append("\",").append(first).append(',').append(last)
                    .append(',').append(born).append(",true,true,en,").append(now).append(',').append(now)
                    .append(",0\n");
            memberships.append(Uuid7.next()).append(',').append(id).append(',').append(org).append(',').append(role)
                    .append(',').append(now).append(",true,").append(now).append(',').append(now).append(",0\n");
            int slot = i % TEAM_SIZE;
            String teamName = "Scale Team " + (i / TEAM_SIZE + 1);
            if (slot != 0 && currentTeam == null) {
                // a top-up continues the team the previous run left half full
                currentTeam = jdbc.query("SELECT id FROM teams WHERE organization_id = ? AND name = ?"
                        + " AND deleted_at IS NULL", (rs, n) -> rs.getObject(1, UUID.class), org, teamName)
                        .stream().findFirst().orElse(null);
            }
            if (slot == 0 || currentTeam == null) {
                currentTeam = Uuid7.next();
                teams.append(currentTeam).append(',').append(org).append(',').append(teamName)
                        .append(",YOUTH,U").append(10 + (i / TEAM_SIZE) % 10).append(",2025-2026,true,").append(now)
                        .append(',').append(now).append(",0\n");
            }
            members.append(Uuid7.next()).append(',').append(currentTeam).append(',').append(id).append(',')
                    .append("COACH".equals(role) ? "COACH" : "TEAM_MANAGER".equals(role) ? "TEAM_MANAGER" : "PLAYER")
                    .append(',').append(slot + 1).append(',').append(POSITIONS[i % POSITIONS.length]).append(',')
                    .append(now).append(',').append(now).append(',').append(now).append(",0\n");
        }
        // PostgreSQL refuses COPY into a table with row-level security: COPY into a temporary copy of it, then
        // INSERT ... SELECT (checked by the policy; this seed runs outside any request, so across clubs: '*')
        copyThroughStage(connection, copy, "users", "id, email, password_hash, first_name, last_name, date_of_birth, "
                + "active, email_verified, preferred_language, created_at, updated_at, version", users.toString());
        copyThroughStage(connection, copy, "user_organizations", "id, user_id, organization_id, role, joined_at, active, "
                + "created_at, updated_at, version", memberships.toString());
        copyThroughStage(connection, copy, "teams", "id, organization_id, name, team_type, age_group, season, active, "
                + "created_at, updated_at, version", teams.toString());
        copyThroughStage(connection, copy, "team_members", "id, team_id, user_id, team_role, jersey_number, position, "
                + "joined_at, created_at, updated_at, version", members.toString());
    }

    private static void copyThroughStage(Connection connection, CopyManager copy, String table, String columns,
            String csv) throws SQLException, IOException {
        String stage = "seed_stage_" + table;
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " (LIKE " + table + ")");
            statement.execute("TRUNCATE " + stage);
        }
        copy.copyIn("COPY " + stage + " (" + columns + ") FROM STDIN (FORMAT csv)", new StringReader(csv));
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + stage);
        }
    }
}
