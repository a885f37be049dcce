package com.hockeyhub.training.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The order of a player's membership changes in a team, by the events' occurredAt: a change is applied only when it
 * is newer than the last one applied (an older added or removed, redelivered or replayed, is ignored). The row is
 * locked until the handler's transaction ends, so an added and a removed handled at the same time are applied one
 * after the other. Two changes with the same occurredAt: the first one handled stays.
 */
@Component
class MembershipOrder {

    private final JdbcTemplate jdbc;

    MembershipOrder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the change if it is the newest so far; {@code false} when a newer (or as new) change was applied. */
    boolean newest(UUID club, UUID team, UUID player, boolean member, Instant occurredAt, UUID eventId) {
        return jdbc.update("""
                INSERT INTO team_membership_changes (organization_id, team_id, player_id, member, changed_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (organization_id, team_id, player_id) DO UPDATE
                SET member = excluded.member, changed_at = excluded.changed_at, event_id = excluded.event_id
                WHERE team_membership_changes.changed_at < excluded.changed_at""",
                club, team, player, member, Timestamp.from(occurredAt), eventId) == 1;
    }
}
