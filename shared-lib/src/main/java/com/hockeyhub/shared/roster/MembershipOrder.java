package com.hockeyhub.shared.roster;

import java.sql.Timestamp;
import java.util.UUID;

import com.hockeyhub.shared.api.user.UserEvents.TeamMemberChanged;
import com.hockeyhub.shared.event.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The order of a person's membership changes in a team, per consumer, by the events' occurredAt: a change is applied
 * only when it is newer than the last one that consumer applied. JetStream consumers of team.member.added, .role_changed
 * and .removed run in no order with each other, and a redelivery or a replay brings an older change late; without this
 * a stale "added" would put a departed player back. The row stays locked until the handler's transaction ends, so
 * two changes handled at the same time are applied one after the other; of two with the same occurredAt the first
 * handled stays.
 */
public class MembershipOrder {

    private final JdbcTemplate jdbc;

    public MembershipOrder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the change for {@code consumer} if it is the newest so far; {@code false} when a newer (or as new) change
     * was applied, and the caller skips it. An envelope without occurredAt has nothing to order by and is applied.
     */
    public boolean newest(String consumer, TeamMemberChanged change, boolean member, EventEnvelope envelope) {
        if (envelope.occurredAt() == null) {
            return true;
        }
        return jdbc.update("""
                INSERT INTO hockeyhub_membership_changes (consumer, organization_id, team_id, user_id, member,
                    changed_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (consumer, organization_id, team_id, user_id) DO UPDATE
                SET member = excluded.member, changed_at = excluded.changed_at, event_id = excluded.event_id
                WHERE hockeyhub_membership_changes.changed_at < excluded.changed_at""",
                consumer, change.organizationId(), change.teamId(), change.userId(), member,
                Timestamp.from(envelope.occurredAt()), envelope.id()) == 1;
    }
}
