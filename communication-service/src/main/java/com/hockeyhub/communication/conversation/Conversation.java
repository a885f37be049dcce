package com.hockeyhub.communication.conversation;

import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A conversation of a club: two people (direct), a chosen group, a team, or the whole club. */
@Entity
@Table(name = "conversations")
public class Conversation extends ClubScopedEntity {

    @Column(name = "type", nullable = false, updatable = false)
    private ConversationType type;

    @Column(name = "title")
    private String title;

    @Column(name = "team_id", updatable = false)
    private UUID teamId;

    @Column(name = "direct_key", updatable = false)
    private String directKey;

    protected Conversation() {
    }

    private Conversation(UUID organizationId, ConversationType type, String title, UUID teamId, String directKey) {
        super(organizationId);
        this.type = type;
        this.title = title;
        this.teamId = teamId;
        this.directKey = directKey;
    }

    public static Conversation group(UUID organizationId, String title) {
        return new Conversation(organizationId, ConversationType.GROUP, title.trim(), null, null);
    }

    public static Conversation team(UUID organizationId, UUID teamId, String title) {
        return new Conversation(organizationId, ConversationType.TEAM, title, teamId, null);
    }

    public static Conversation club(UUID organizationId, String title) {
        return new Conversation(organizationId, ConversationType.CLUB, title, null, null);
    }

    /** The pair, ordered, so "a with b" and "b with a" are the same conversation. */
    public static String directKey(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + ":" + b : b + ":" + a;
    }

    public ConversationType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public UUID getTeamId() {
        return teamId;
    }
}
