package com.hockeyhub.communication.conversation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.communication.access.CommunicationAccessPolicy;
import com.hockeyhub.communication.realtime.RealtimeHub;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations and who is in them. Direct conversations have exactly two people and one per pair, even when both
 * start it at once (a unique index on the ordered pair decides); only active participants read or post; a team
 * conversation follows the team's roster; when the last admin of a group leaves, the longest-standing member becomes
 * admin.
 */
@Service
public class ConversationService {

    private final ConversationRepository conversations;
    private final ParticipantRepository participants;
    private final InboxCache inbox;
    private final CommunicationAccessPolicy policy;
    private final Roster roster;
    private final JdbcTemplate jdbc;
    private final CacheTagInvalidator invalidator;
    private final RealtimeHub realtime;
    private final Clock clock = Clock.systemUTC();

    ConversationService(ConversationRepository conversations, ParticipantRepository participants, InboxCache inbox,
            CommunicationAccessPolicy policy, Roster roster, JdbcTemplate jdbc, CacheTagInvalidator invalidator,
            RealtimeHub realtime) {
        this.realtime = realtime;
        this.conversations = conversations;
        this.participants = participants;
        this.inbox = inbox;
        this.policy = policy;
        this.roster = roster;
        this.jdbc = jdbc;
        this.invalidator = invalidator;
    }

    @Transactional
    public ConversationViews.ConversationView create(ConversationViews.NewConversation request, CurrentUser user) {
        UUID club = policy.club(user);
        List<UUID> others = request.participantIds() == null ? List.of()
                : request.participantIds().stream().distinct().filter(id -> !id.equals(user.id())).toList();
        return switch (request.type()) {
            case DIRECT -> direct(club, user.id(), others);
            case GROUP -> group(club, user.id(), request.title(), others);
            case TEAM -> team(club, request.teamId(), user);
            case CLUB -> throw new InvalidRequestException("type", "the club conversation is created with the club");
        };
    }

    private ConversationViews.ConversationView direct(UUID club, UUID me, List<UUID> others) {
        if (others.size() != 1) {
            throw new InvalidRequestException("participantIds", "a direct conversation is with exactly one other person");
        }
        UUID other = others.get(0);
        requirePeopleOfClub(club, List.of(other));
        String pair = Conversation.directKey(me, other);
        UUID id = Uuid7.next();
        Instant now = clock.instant();
        // one conversation per pair, whoever wins a race: the loser finds the winner's
        int inserted = jdbc.update("""
                INSERT INTO conversations (id, organization_id, type, direct_key, created_at, updated_at, created_by,
                                           version)
                VALUES (?, ?, 'direct', ?, ?, ?, ?, 0)
                ON CONFLICT (organization_id, direct_key) WHERE direct_key IS NOT NULL AND deleted_at IS NULL
                DO NOTHING""", id, club, pair, Timestamp.from(now), Timestamp.from(now), me);
        Conversation conversation = conversations.findByOrganizationIdAndDirectKey(club, pair).orElseThrow();
        for (UUID person : List.of(me, other)) {
            join(conversation, person, ParticipantRole.MEMBER, now);
        }
        evict(List.of(me, other));
        return view(conversation, inserted == 1);
    }

    private ConversationViews.ConversationView group(UUID club, UUID me, String title, List<UUID> others) {
        if (title == null || title.isBlank()) {
            throw new InvalidRequestException("title", "is required for a group");
        }
        if (others.isEmpty()) {
            throw new InvalidRequestException("participantIds", "a group needs at least one other person");
        }
        requirePeopleOfClub(club, others);
        Conversation conversation = conversations.saveAndFlush(Conversation.group(club, title));
        Instant now = clock.instant();
        join(conversation, me, ParticipantRole.ADMIN, now);
        others.forEach(person -> join(conversation, person, ParticipantRole.MEMBER, now));
        evict(concat(me, others));
        return view(conversation, true);
    }

    private ConversationViews.ConversationView team(UUID club, UUID teamId, CurrentUser user) {
        if (teamId == null) {
            throw new InvalidRequestException("teamId", "is required for a team conversation");
        }
        RosterTeam team = roster.team(teamId).filter(t -> club.equals(t.organizationId()))
                .orElseThrow(() -> new NotFoundException("Team", teamId));
        policy.requireTeamConversationStarter(user, teamId);
        Optional<Conversation> existing = conversations.findByTeamIdAndType(teamId, ConversationType.TEAM);
        if (existing.isPresent()) {
            return view(existing.get(), false);
        }
        Conversation conversation = conversations.saveAndFlush(Conversation.team(club, teamId, team.name()));
        Instant now = clock.instant();
        Set<UUID> people = new LinkedHashSet<>();
        for (RosterMember member : roster.members(teamId)) {
            boolean staff = !"player".equals(member.teamRole());
            join(conversation, member.userId(), staff ? ParticipantRole.ADMIN : ParticipantRole.MEMBER, now);
            people.add(member.userId());
        }
        if (!people.contains(user.id())) {
            join(conversation, user.id(), ParticipantRole.ADMIN, now);
            people.add(user.id());
        }
        evict(people);
        return view(conversation, true);
    }

    /** The club-wide conversation of a new club (onboarding), with its admin; the same one on a repeat. */
    @Transactional
    public UUID clubConversation(UUID club, String clubName, UUID adminId) {
        Conversation conversation = conversations.findByOrganizationIdAndType(club, ConversationType.CLUB)
                .orElseGet(() -> conversations.saveAndFlush(Conversation.club(club, clubName + " — everyone")));
        join(conversation, adminId, ParticipantRole.ADMIN, clock.instant());
        evict(List.of(adminId));
        return conversation.getId();
    }

    @Transactional(readOnly = true)
    public ConversationViews.ConversationView get(UUID id, CurrentUser user) {
        return view(requireActive(id, user).conversation(), false);
    }

    public ConversationViews.Inbox inbox(CurrentUser user) {
        return inbox.of(user.id(), policy.club(user));
    }

    @Transactional
    public ConversationViews.ConversationView add(UUID id, List<UUID> people, CurrentUser user) {
        Membership membership = requireActive(id, user);
        Conversation conversation = membership.conversation();
        if (conversation.getType() != ConversationType.GROUP) {
            throw new ConflictException("People are added to groups only (team conversations follow the roster)");
        }
        if (membership.participant().getRole() != ParticipantRole.ADMIN) {
            throw new ForbiddenException("Only the group's admins add people");
        }
        requirePeopleOfClub(conversation.getOrganizationId(), people);
        Instant now = clock.instant();
        people.forEach(person -> join(conversation, person, ParticipantRole.MEMBER, now));
        evict(people);
        return view(conversation, false);
    }

    /** Leaving; the last admin leaving makes the longest-standing remaining member admin. */
    @Transactional
    public void leave(UUID id, CurrentUser user) {
        Membership membership = requireActive(id, user);
        Conversation conversation = membership.conversation();
        if (conversation.getType() == ConversationType.TEAM) {
            throw new ConflictException("A team conversation follows the team's roster; mute it instead");
        }
        leaveAndHandOver(conversation, membership.participant());
        evict(List.of(user.id()));
    }

    @Transactional
    public void mute(UUID id, boolean muted, CurrentUser user) {
        Participant participant = requireActive(id, user).participant();
        participant.mute(muted);
        participants.save(participant);
        evict(List.of(user.id()));
    }

    /**
     * The sender of a message has read up to it (no receipt pushed: the message itself is the news; the caller evicts
     * the participants' inboxes, the sender's among them). One conditional statement (the mark never moves back), to
     * be issued last in the transaction: every message someone posts updates the same row, so it stays locked from
     * here to the commit only. A loaded entity held the lock from the flush through the rest of the transaction, and
     * one person's messages queued on it (99 ms on average at 160 posts/s: docs/performance.md
     * "communication-service").
     */
    @Transactional
    public void markSent(Membership sender, UUID messageId, Instant sentAt) {
        // SQL, not a JPQL update: Hibernate keeps no plan for updates and translated this one anew on every message
        // (~8 % of a POST's CPU, docs/performance.md "communication-service")
        Timestamp at = Timestamp.from(sentAt);
        jdbc.update("UPDATE conversation_participants SET last_read_at = ?, last_read_message_id = ? "
                + "WHERE id = ? AND (last_read_at IS NULL OR last_read_at <= ?)",
                at, messageId, sender.participant().getId(), at);
    }

    /**
     * Read receipts: everything up to {@code upTo} (a message of the conversation), or up to now and its newest
     * message; the mark never moves back.
     */
    @Transactional
    public void markRead(UUID id, UUID upTo, CurrentUser user) {
        Participant participant = read(id, upTo, user);
        realtime.push(activeParticipants(id), "receipt.updated", null, new ConversationViews.ReceiptUpdate(id,
                participant.getUserId(), participant.getLastReadMessageId(), participant.getLastReadAt()));
    }

    private Participant read(UUID id, UUID upTo, CurrentUser user) {
        Participant participant = requireActive(id, user).participant();
        List<java.util.Map<String, Object>> message = upTo == null
                ? jdbc.queryForList("SELECT id, created_at FROM messages WHERE conversation_id = ? AND deleted_at IS NULL "
                        + "ORDER BY created_at DESC, id DESC LIMIT 1", id)
                : jdbc.queryForList("SELECT id, created_at FROM messages WHERE id = ? AND conversation_id = ? "
                        + "AND deleted_at IS NULL", upTo, id);
        if (upTo != null && message.isEmpty()) {
            throw new InvalidRequestException("upTo", "is not a message of this conversation");
        }
        UUID messageId = message.isEmpty() ? null : (UUID) message.get(0).get("id");
        Instant at = upTo == null ? clock.instant()
                : ((java.sql.Timestamp) message.get(0).get("created_at")).toInstant();
        participant.read(at, messageId);
        participants.save(participant);
        evict(List.of(user.id()));
        return participant;
    }

    /** Who has read up to which message (active participants; the caller must be one). */
    @Transactional(readOnly = true)
    public List<ConversationViews.Receipt> receipts(UUID id, CurrentUser user) {
        requireActive(id, user);
        return participants.findByConversationIdOrderByJoinedAt(id).stream().filter(Participant::isActive)
                .map(p -> new ConversationViews.Receipt(p.getUserId(), p.getLastReadMessageId(), p.getLastReadAt()))
                .toList();
    }

    /** The conversation and the caller's place in it: 404 outside the club, 403 for someone not (or no longer) in it. */
    public record Membership(Conversation conversation, Participant participant) {
    }

    /** The caller's club (403 for a token without one). */
    public UUID requireClub(CurrentUser user) {
        return policy.club(user);
    }

    @Transactional(readOnly = true)
    public Membership requireActive(UUID id, CurrentUser user) {
        UUID club = policy.club(user);
        List<Object[]> found = conversations.findWithParticipant(id, user.id());
        Conversation conversation = found.isEmpty() ? null : (Conversation) found.get(0)[0];
        if (conversation == null || !conversation.belongsTo(club)) {
            throw new NotFoundException("Conversation", id);
        }
        Participant participant = (Participant) found.get(0)[1];
        if (participant == null || !participant.isActive()) {
            throw new ForbiddenException("Only the conversation's participants read and post");
        }
        return new Membership(conversation, participant);
    }

    /**
     * Ids only, in joining order: a message to a large conversation does not load (and dirty-check) every participant
     * as an entity. SQL rather than a JPQL query: on every message Hibernate's query and Spring Data's repository
     * invocation around it cost more than the query itself (docs/performance.md "communication-service"). No caller
     * changes who takes part earlier in its transaction, so the flush a JPQL query would force first is not needed.
     */
    @Transactional(readOnly = true)
    public List<UUID> activeParticipants(UUID conversationId) {
        return jdbc.queryForList("SELECT user_id FROM conversation_participants "
                + "WHERE conversation_id = ? AND left_at IS NULL ORDER BY joined_at", UUID.class, conversationId);
    }

    /** team.member.added: the team's conversation gains the member (or has them back). */
    @Transactional
    public void teamMemberAdded(UUID teamId, UUID organizationId, UUID userId, String teamRole) {
        conversations.findByTeamIdAndType(teamId, ConversationType.TEAM)
                .filter(c -> c.belongsTo(organizationId))
                .ifPresent(c -> {
                    join(c, userId, "player".equals(teamRole) ? ParticipantRole.MEMBER : ParticipantRole.ADMIN,
                            clock.instant());
                    evict(List.of(userId));
                });
    }

    /** team.member.removed: the member leaves the team's conversation. */
    @Transactional
    public void teamMemberRemoved(UUID teamId, UUID organizationId, UUID userId) {
        conversations.findByTeamIdAndType(teamId, ConversationType.TEAM)
                .filter(c -> c.belongsTo(organizationId))
                .flatMap(c -> participants.findByConversationIdAndUserId(c.getId(), userId)
                        .filter(Participant::isActive).map(p -> new Membership(c, p)))
                .ifPresent(m -> {
                    leaveAndHandOver(m.conversation(), m.participant());
                    evict(List.of(userId));
                });
    }

    private void leaveAndHandOver(Conversation conversation, Participant leaving) {
        leaving.leave(clock.instant());
        participants.saveAndFlush(leaving);
        List<Participant> remaining = participants.findByConversationIdOrderByJoinedAt(conversation.getId()).stream()
                .filter(Participant::isActive).toList();
        if (!remaining.isEmpty() && remaining.stream().noneMatch(p -> p.getRole() == ParticipantRole.ADMIN)) {
            Participant next = remaining.stream().min(Comparator.comparing(Participant::getJoinedAt)).orElseThrow();
            next.promote();
            participants.save(next);
        }
    }

    private void join(Conversation conversation, UUID userId, ParticipantRole role, Instant at) {
        Optional<Participant> existing = participants.findByConversationIdAndUserId(conversation.getId(), userId);
        if (existing.isPresent()) {
            existing.get().rejoin(at);
            participants.save(existing.get());
        } else {
            participants.save(new Participant(conversation.getOrganizationId(), conversation.getId(), userId, role,
                    at));
        }
        participants.flush();
    }

    private void requirePeopleOfClub(UUID club, List<UUID> people) {
        Set<UUID> ofClub = roster.ofClub(club, people);
        if (people.stream().anyMatch(person -> !ofClub.contains(person))) {
            throw new InvalidRequestException("participantIds", "names someone who is not of the club");
        }
    }

    private ConversationViews.ConversationView view(Conversation c, boolean created) {
        List<ConversationViews.ParticipantView> people = participants.findByConversationIdOrderByJoinedAt(c.getId())
                .stream().filter(Participant::isActive).map(ConversationViews.ParticipantView::of).toList();
        return new ConversationViews.ConversationView(c.getId(), c.getType(), c.getTitle(), c.getTeamId(), people,
                created);
    }

    /** Everyone whose inbox changed. */
    public void evict(java.util.Collection<UUID> people) {
        invalidator.invalidate(people.stream().map(CacheTag::user).distinct().toList());
    }

    /**
     * A message came or went: the inboxes that list the conversation (two tags, where a tag per participant made a
     * message to a team of a hundred evict a hundred: docs/performance.md "communication-service").
     */
    public void evictInboxesOf(Conversation conversation) {
        invalidator.invalidate(ConversationViews.Inbox.changedByMessage(conversation.getId(),
                conversation.getOrganizationId()));
    }

    private static List<UUID> concat(UUID first, List<UUID> rest) {
        List<UUID> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
    }
}
