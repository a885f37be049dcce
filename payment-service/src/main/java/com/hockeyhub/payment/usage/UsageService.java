package com.hockeyhub.payment.usage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's usage, kept from user-service's events as the rows themselves (user, team, team player), written as
 * upserts on their natural keys: a repeated or redelivered event changes nothing, and every count is a
 * {@code count(*)} of real members — never a number incremented by hand. Each row remembers when the event that last
 * changed it happened: an older event arriving later (event types have separate consumers) changes nothing, and
 * deletions stay as tombstones so a late "created" or "added" cannot bring a deleted user or team back.
 */
@Service
public class UsageService {

    private static final String PLAYER_ROLE = "player";

    private final JdbcTemplate jdbc;

    public UsageService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void userChanged(UUID organizationId, UUID userId, boolean active, Instant at) {
        if (organizationId == null) {
            return; // platform operators belong to no club
        }
        jdbc.update("""
                INSERT INTO usage_users (organization_id, user_id, active, changed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (organization_id, user_id) DO UPDATE SET active = EXCLUDED.active,
                    changed_at = EXCLUDED.changed_at
                WHERE NOT usage_users.deleted AND usage_users.changed_at <= EXCLUDED.changed_at
                """, organizationId, userId, active, ts(at));
    }

    @Transactional
    public void userDeleted(UUID organizationId, UUID userId, Instant at) {
        if (organizationId != null) {
            jdbc.update("""
                    INSERT INTO usage_users (organization_id, user_id, active, deleted, changed_at)
                    VALUES (?, ?, false, true, ?)
                    ON CONFLICT (organization_id, user_id) DO UPDATE SET active = false, deleted = true,
                        changed_at = EXCLUDED.changed_at
                    """, organizationId, userId, ts(at));
        }
        jdbc.update("UPDATE usage_team_players SET player = false, changed_at = greatest(changed_at, ?) "
                + "WHERE user_id = ?", ts(at), userId);
    }

    @Transactional
    public void teamCreated(UUID organizationId, UUID teamId, Instant at) {
        jdbc.update("""
                INSERT INTO usage_teams (organization_id, team_id, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (team_id) DO NOTHING
                """, organizationId, teamId, ts(at));
    }

    @Transactional
    public void teamDeleted(UUID organizationId, UUID teamId, Instant at) {
        jdbc.update("""
                INSERT INTO usage_teams (organization_id, team_id, deleted, changed_at) VALUES (?, ?, true, ?)
                ON CONFLICT (team_id) DO UPDATE SET deleted = true, changed_at = EXCLUDED.changed_at
                """, organizationId, teamId, ts(at));
    }

    /** team.member.added and team.member.role.changed: counted as a player while their team role is player. */
    @Transactional
    public void memberChanged(UUID organizationId, UUID teamId, UUID userId, String teamRole, Instant at) {
        upsertMember(organizationId, teamId, userId, PLAYER_ROLE.equalsIgnoreCase(teamRole), at);
    }

    @Transactional
    public void memberRemoved(UUID organizationId, UUID teamId, UUID userId, Instant at) {
        upsertMember(organizationId, teamId, userId, false, at);
    }

    private void upsertMember(UUID organizationId, UUID teamId, UUID userId, boolean player, Instant at) {
        jdbc.update("""
                INSERT INTO usage_team_players (organization_id, team_id, user_id, player, changed_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (team_id, user_id) DO UPDATE SET player = EXCLUDED.player, changed_at = EXCLUDED.changed_at
                WHERE usage_team_players.changed_at <= EXCLUDED.changed_at
                """, organizationId, teamId, userId, player, ts(at));
    }

    @Transactional(readOnly = true)
    public UsageCounts counts(UUID organizationId) {
        return jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM usage_users WHERE organization_id = ? AND active AND NOT deleted),
                       (SELECT count(*) FROM usage_teams WHERE organization_id = ? AND NOT deleted),
                       (SELECT count(DISTINCT p.user_id) FROM usage_team_players p
                        WHERE p.organization_id = ? AND p.player
                          AND NOT EXISTS (SELECT 1 FROM usage_teams t WHERE t.team_id = p.team_id AND t.deleted)
                          AND NOT EXISTS (SELECT 1 FROM usage_users u WHERE u.user_id = p.user_id AND u.deleted))
                """, (rs, n) -> new UsageCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                organizationId, organizationId, organizationId);
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at == null ? Instant.now() : at);
    }
}
