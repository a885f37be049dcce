package com.hockeyhub.shared.roster;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster on its four {@code hockeyhub_roster_*} tables. Every write is an insert-or-update on the natural key, so
 * an event redelivered, replayed after a restart or racing a seed converges to the same rows instead of failing.
 * Reads open no transaction of their own: inside the caller's they use its connection, outside one they run in
 * auto-commit. They sit on hot paths (every access check of a player's stats asks for the player's club), where a
 * read-only transaction per lookup cost more than the lookup (begin, read-only flag, commit: JFR of statistics'
 * cached trend, docs/performance.md).
 */
public class JdbcRoster implements Roster {

    private static final RowMapper<RosterMember> MEMBER = (rs, i) -> new RosterMember(rs.getObject("team_id", UUID.class),
            rs.getObject("user_id", UUID.class), rs.getObject("organization_id", UUID.class), rs.getString("team_role"),
            (Integer) rs.getObject("jersey_number"), rs.getString("position"));
    private static final RowMapper<RosterTeam> TEAM = (rs, i) -> new RosterTeam(rs.getObject("team_id", UUID.class),
            rs.getObject("organization_id", UUID.class), rs.getString("name"), rs.getString("age_group"),
            rs.getString("season"));
    private static final RowMapper<RosterPerson> PERSON = (rs, i) -> new RosterPerson(rs.getObject("user_id", UUID.class),
            rs.getObject("organization_id", UUID.class), rs.getString("email"), rs.getString("first_name"),
            rs.getString("last_name"), roles(rs), rs.getBoolean("active"));
    private static final String MEMBER_COLUMNS = "team_id, user_id, organization_id, team_role, jersey_number, position";
    private static final String MEMBER_ORDER =
            " ORDER BY (coalesce(team_role, 'player') <> 'player'), jersey_number NULLS LAST, user_id";

    private final JdbcTemplate jdbc;

    public JdbcRoster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RosterTeam> team(UUID teamId) {
        return jdbc.query("SELECT team_id, organization_id, name, age_group, season FROM hockeyhub_roster_team WHERE team_id = ?",
                TEAM, teamId).stream().findFirst();
    }

    @Override
    public List<RosterMember> members(UUID teamId) {
        return jdbc.query("SELECT " + MEMBER_COLUMNS + " FROM hockeyhub_roster_member WHERE team_id = ?" + MEMBER_ORDER,
                MEMBER, teamId);
    }

    @Override
    public List<RosterMember> players(UUID teamId) {
        return jdbc.query("SELECT " + MEMBER_COLUMNS + " FROM hockeyhub_roster_member WHERE team_id = ?"
                + " AND coalesce(team_role, 'player') = 'player'" + MEMBER_ORDER, MEMBER, teamId);
    }

    @Override
    public List<RosterMember> memberships(UUID userId) {
        return jdbc.query("SELECT " + MEMBER_COLUMNS + " FROM hockeyhub_roster_member WHERE user_id = ? ORDER BY team_id",
                MEMBER, userId);
    }

    @Override
    public boolean isMember(UUID teamId, UUID userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM hockeyhub_roster_member WHERE team_id = ? AND user_id = ?)",
                Boolean.class, teamId, userId));
    }

    @Override
    public boolean isTeamOf(UUID teamId, UUID organizationId) {
        return team(teamId).map(t -> t.organizationId().equals(organizationId))
                .orElseGet(() -> Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM"
                        + " hockeyhub_roster_member WHERE team_id = ? AND organization_id = ?)", Boolean.class,
                        teamId, organizationId)));
    }

    @Override
    public Optional<RosterPerson> person(UUID userId) {
        return jdbc.query("SELECT user_id, organization_id, email, first_name, last_name, roles, active"
                + " FROM hockeyhub_roster_person WHERE user_id = ?", PERSON, userId).stream().findFirst();
    }

    /** One statement for any number of users. */
    @Override
    public Set<UUID> ofClub(UUID organizationId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = userIds.toArray(UUID[]::new);
        return new HashSet<>(jdbc.queryForList("SELECT user_id FROM hockeyhub_roster_person"
                + " WHERE organization_id = ? AND user_id = ANY (?) UNION SELECT user_id FROM hockeyhub_roster_member"
                + " WHERE organization_id = ? AND user_id = ANY (?)", UUID.class, organizationId, ids, organizationId,
                ids));
    }

    @Override
    public List<UUID> childrenOf(UUID parentId) {
        return jdbc.queryForList("SELECT child_id FROM hockeyhub_roster_family_link WHERE parent_id = ? ORDER BY child_id",
                UUID.class, parentId);
    }

    @Override
    public List<UUID> parentsOf(UUID childId) {
        return jdbc.queryForList("SELECT parent_id FROM hockeyhub_roster_family_link WHERE child_id = ?"
                + " ORDER BY primary_contact DESC, parent_id", UUID.class, childId);
    }

    @Override
    public Optional<UUID> primaryContactOf(UUID childId) {
        return jdbc.queryForList("SELECT parent_id FROM hockeyhub_roster_family_link WHERE child_id = ?"
                + " AND primary_contact ORDER BY parent_id LIMIT 1", UUID.class, childId).stream().findFirst();
    }

    // --- writes (RosterEventHandlers and DemoRosterSeed) ---

    /** {@code overwrite=false} keeps a row that is already there (the seed never undoes what events said). */
    @Transactional
    public void saveTeam(RosterTeam team, boolean overwrite) {
        jdbc.update("INSERT INTO hockeyhub_roster_team (team_id, organization_id, name, age_group, season)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (team_id) " + (overwrite
                ? "DO UPDATE SET organization_id = excluded.organization_id, name = excluded.name,"
                  + " age_group = excluded.age_group, season = excluded.season, updated_at = now()"
                : "DO NOTHING"), team.teamId(), team.organizationId(), team.name(), team.ageGroup(), team.season());
    }

    /** A deleted team takes its memberships with it. */
    @Transactional
    public void deleteTeam(UUID teamId) {
        jdbc.update("DELETE FROM hockeyhub_roster_member WHERE team_id = ?", teamId);
        jdbc.update("DELETE FROM hockeyhub_roster_team WHERE team_id = ?", teamId);
    }

    @Transactional
    public void saveMember(RosterMember member, boolean overwrite) {
        jdbc.update("INSERT INTO hockeyhub_roster_member (" + MEMBER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (team_id, user_id) " + (overwrite
                ? "DO UPDATE SET organization_id = excluded.organization_id, team_role = excluded.team_role,"
                  + " jersey_number = excluded.jersey_number, position = excluded.position, updated_at = now()"
                : "DO NOTHING"), member.teamId(), member.userId(), member.organizationId(),
                member.teamRole() == null ? null : member.teamRole().toLowerCase(), member.jerseyNumber(),
                member.position() == null ? null : member.position().toLowerCase());
    }

    @Transactional
    public void removeMember(UUID teamId, UUID userId) {
        jdbc.update("DELETE FROM hockeyhub_roster_member WHERE team_id = ? AND user_id = ?", teamId, userId);
    }

    @Transactional
    public void savePerson(RosterPerson person, boolean overwrite) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO hockeyhub_roster_person"
                    + " (user_id, organization_id, email, first_name, last_name, roles, active) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (user_id) " + (overwrite
                    ? "DO UPDATE SET organization_id = coalesce(excluded.organization_id, hockeyhub_roster_person.organization_id),"
                      + " email = excluded.email, first_name = excluded.first_name, last_name = excluded.last_name,"
                      + " roles = excluded.roles, active = excluded.active, updated_at = now()"
                    : "DO NOTHING"));
            ps.setObject(1, person.userId());
            ps.setObject(2, person.organizationId());
            ps.setString(3, person.email());
            ps.setString(4, person.firstName());
            ps.setString(5, person.lastName());
            ps.setArray(6, con.createArrayOf("text",
                    person.roles().stream().map(String::toLowerCase).toArray(String[]::new)));
            ps.setBoolean(7, person.active());
            return ps;
        });
    }

    /** A deleted user leaves every team and family link; the row goes so nobody resolves them any more. */
    @Transactional
    public void deletePerson(UUID userId) {
        jdbc.update("DELETE FROM hockeyhub_roster_member WHERE user_id = ?", userId);
        jdbc.update("DELETE FROM hockeyhub_roster_family_link WHERE parent_id = ? OR child_id = ?", userId, userId);
        jdbc.update("DELETE FROM hockeyhub_roster_person WHERE user_id = ?", userId);
    }

    @Transactional
    public void saveLink(UUID parentId, UUID childId, UUID organizationId, String relationshipType,
                         boolean primaryContact, boolean overwrite) {
        jdbc.update("INSERT INTO hockeyhub_roster_family_link"
                + " (parent_id, child_id, organization_id, relationship_type, primary_contact) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (parent_id, child_id) " + (overwrite
                ? "DO UPDATE SET organization_id = excluded.organization_id,"
                  + " relationship_type = excluded.relationship_type, primary_contact = excluded.primary_contact,"
                  + " updated_at = now()"
                : "DO NOTHING"), parentId, childId, organizationId,
                relationshipType == null ? null : relationshipType.toLowerCase(), primaryContact);
    }

    @Transactional
    public void removeLink(UUID parentId, UUID childId) {
        jdbc.update("DELETE FROM hockeyhub_roster_family_link WHERE parent_id = ? AND child_id = ?", parentId, childId);
    }

    private static List<String> roles(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
