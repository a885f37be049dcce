package com.hockeyhub.calendar.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.api.calendar.CalendarEvents.RsvpChanged;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations, RSVPs and the waiting list. Every change to who is accepted runs with the event row locked
 * ({@code SELECT ... FOR UPDATE}), so concurrent answers are serialised per event and the accepted count never
 * exceeds {@code maxParticipants}: further accepts join the waiting list in order, and when an accepted participant
 * declines, leaves or becomes unavailable the first waiting one is promoted.
 */
@Service
public class ParticipantService {

    private static final Logger log = LoggerFactory.getLogger(ParticipantService.class);
    /** medical statuses that keep a player from taking part */
    private static final Set<String> UNAVAILABLE_STATUSES = Set.of("injured", "illness", "suspended", "personal");

    private final ParticipantRepository participants;
    private final AttendableEvents events;
    private final Roster roster;
    private final EventPublisher publisher;
    private final CacheTagInvalidator cacheTags;
    private final Clock clock;

    public ParticipantService(ParticipantRepository participants, AttendableEvents events, Roster roster,
            EventPublisher publisher, Clock clock, CacheTagInvalidator cacheTags) {
        this.participants = participants;
        this.events = events;
        this.roster = roster;
        this.publisher = publisher;
        this.cacheTags = cacheTags;
        this.clock = clock;
    }

    /**
     * Every user a request names must belong to the club (issue 24): known to the club's rosters. Anything else, another
     * club's member or an unknown id alike, is a 400 naming {@code field}, before anything changes.
     */
    @Transactional(readOnly = true)
    public void requireClubMembers(UUID organizationId, Collection<UUID> userIds, String field) {
        if (userIds == null || userIds.isEmpty()) {
            return;
        }
        Set<UUID> members = roster.ofClub(organizationId, userIds);
        List<UUID> strangers = userIds.stream().filter(id -> !members.contains(id)).distinct().toList();
        if (!strangers.isEmpty()) {
            throw new InvalidRequestException(field, "names users who are not members of your club: " + strangers);
        }
    }

    /**
     * A team a request names must be the caller's club's (issue 24): known to the club's roster (its members were
     * announced by user-service in this club). Another club's team, or a team the calendar knows nothing of, is a 404.
     * The roster rows are read under the caller's club (row-level security), so another club's team looks unknown.
     */
    @Transactional(readOnly = true)
    public void requireTeamOfClub(UUID organizationId, UUID teamId) {
        if (teamId == null) {
            return;
        }
        if (!roster.isTeamOf(teamId, organizationId)) {
            throw new NotFoundException("Team", teamId);
        }
    }

    /** A person a list filter names: the club's, or a participant of its events (a former member); 404 otherwise. */
    @Transactional(readOnly = true)
    public void requireKnownToClub(UUID organizationId, UUID userId) {
        roster.requireKnownToClub(organizationId, userId,
                person -> participants.existsByOrganizationIdAndUserId(organizationId, person));
    }

    /** Invites the users (skipping those already invited) to an event that is new or locked by the caller. */
    @Transactional
    public List<Participant> invite(Attendable event, Collection<UUID> userIds, ParticipantRole role) {
        List<Participant> added = new ArrayList<>();
        Set<UUID> existing = new LinkedHashSet<>();
        participants.findByEventId(event.getId()).forEach(p -> existing.add(p.getUserId()));
        long accepted = event.isNew() ? 0 : participants.countByEventIdAndRsvpStatus(event.getId(), RsvpStatus.ACCEPTED);
        Instant now = clock.instant();
        for (UUID userId : new LinkedHashSet<>(userIds)) {
            if (!existing.add(userId)) {
                continue;
            }
            Participant p = new Participant(event.getOrganizationId(), event.getId(), userId, role);
            if (event.isDefaultAttending() && !event.isFull(accepted)) {
                p.answer(RsvpStatus.ACCEPTED, null, now);
                accepted++;
            }
            added.add(p);
        }
        if (!added.isEmpty()) {
            teamListChanged(event);
        }
        return participants.saveAll(added);
    }

    /** Invites the team's roster: players as required, staff as optional. */
    @Transactional
    public void inviteTeam(Attendable event, UUID teamId) {
        List<RosterMember> members = roster.members(teamId);
        invite(event, members.stream().filter(RosterMember::isPlayer).map(RosterMember::userId).toList(),
                ParticipantRole.REQUIRED);
        invite(event, members.stream().filter(m -> !m.isPlayer()).map(RosterMember::userId).toList(),
                ParticipantRole.OPTIONAL);
    }

    /** The API's invitation: explicit users and/or a whole team, by someone who manages the event. */
    @Transactional
    public List<Participant> inviteByRequest(UUID eventId, List<UUID> userIds, UUID teamId, ParticipantRole role,
            CurrentUser user) {
        Attendable event = lockVisible(eventId, user);
        events.requireCanManage(event, user);
        if (event.isCancelled()) {
            throw new ConflictException("Event " + eventId + " is cancelled; nobody can be invited");
        }
        requireClubMembers(event.getOrganizationId(), userIds, "userIds");
        requireTeamOfClub(event.getOrganizationId(), teamId);
        List<Participant> before = participants.findByEventId(eventId);
        if (userIds != null && !userIds.isEmpty()) {
            invite(event, userIds, role == null ? ParticipantRole.REQUIRED : role);
        }
        if (teamId != null) {
            inviteTeam(event, teamId);
        }
        Set<UUID> known = new LinkedHashSet<>();
        before.forEach(p -> known.add(p.getId()));
        return participants.findByEventId(eventId).stream().filter(p -> !known.contains(p.getId())).toList();
    }

    /**
     * Answers for {@code userId} (the caller, a parent for a linked child, or event staff). Accepting a full event
     * puts the participant on the waiting list; declining an accepted place promotes the first waiting participant.
     */
    @Transactional
    public Participant rsvp(UUID eventId, UUID userId, RsvpStatus status, CurrentUser user) {
        if (status == null || status == RsvpStatus.PENDING || status == RsvpStatus.WAITLISTED) {
            throw new InvalidRequestException("status", "must be one of [accepted, declined, tentative]");
        }
        UUID target = userId == null ? user.id() : userId;
        Attendable event = lockVisible(eventId, user);
        if (!user.isSelfOrParentOf(target) && !events.canManage(event, user)) {
            throw new ForbiddenException("You may answer only for yourself or your linked children");
        }
        if (event.isCancelled()) {
            throw new ConflictException("Event " + eventId + " is cancelled; RSVPs are closed");
        }
        if (!event.getEndAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("Event " + eventId + " has already ended; RSVPs are closed");
        }
        Participant participant = participants.findByEventIdAndUserId(eventId, target).orElse(null);
        if (participant == null) {
            if (!event.isOpenToClub()) {
                throw new NotFoundException("User " + target + " is not invited to event " + eventId);
            }
            if (!target.equals(user.id())) {
                requireClubMembers(event.getOrganizationId(), List.of(target), "userId");
            }
            participant = participants.save(new Participant(event.getOrganizationId(), eventId, target,
                    ParticipantRole.OPTIONAL));
        }
        RsvpStatus previous = participant.getRsvpStatus();
        Instant now = clock.instant();
        if (status == RsvpStatus.ACCEPTED) {
            if (previous == RsvpStatus.ACCEPTED || previous == RsvpStatus.WAITLISTED) {
                return participant;
            }
            long accepted = participants.countByEventIdAndRsvpStatus(eventId, RsvpStatus.ACCEPTED);
            participant.answer(event.isFull(accepted) ? RsvpStatus.WAITLISTED : RsvpStatus.ACCEPTED, user.id(), now);
        } else {
            participant.answer(status, user.id(), now);
        }
        participants.saveAndFlush(participant);
        publishRsvp(event, participant, previous, false);
        if (previous == RsvpStatus.ACCEPTED && participant.getRsvpStatus() != RsvpStatus.ACCEPTED) {
            promote(event);
        }
        return participant;
    }

    /** Removes a participant (staff action, or a player leaving the team); frees and refills their place. */
    @Transactional
    public void remove(UUID eventId, UUID userId, CurrentUser user) {
        Attendable event = lockVisible(eventId, user);
        events.requireCanManage(event, user);
        Participant participant = participants.findByEventIdAndUserId(eventId, userId)
                .orElseThrow(() -> new NotFoundException("User " + userId + " is not invited to event " + eventId));
        removeLocked(event, participant);
    }

    @Transactional
    public Participant checkIn(UUID eventId, UUID userId, CurrentUser user) {
        Attendable event = lockVisible(eventId, user);
        events.requireCanManage(event, user);
        if (event.isCancelled()) {
            throw new ConflictException("Event " + eventId + " is cancelled");
        }
        Participant participant = participants.findByEventIdAndUserId(eventId, userId)
                .orElseThrow(() -> new NotFoundException("User " + userId + " is not invited to event " + eventId));
        if (participant.getCheckedInAt() == null) {
            participant.checkIn(clock.instant());
        }
        return participant;
    }

    /** After capacity grew or an accepted place was freed: promote waiting participants in order. */
    @Transactional
    public void promote(Attendable event) {
        long accepted = participants.countByEventIdAndRsvpStatus(event.getId(), RsvpStatus.ACCEPTED);
        for (Participant waiting : participants.waitingList(event.getId())) {
            if (event.isFull(accepted)) {
                return;
            }
            waiting.promote();
            participants.saveAndFlush(waiting);
            accepted++;
            publishRsvp(event, waiting, RsvpStatus.WAITLISTED, true);
        }
    }

    @Transactional(readOnly = true)
    public Page<Participant> list(UUID eventId, Pageable pageable) {
        return participants.findByEventId(eventId, pageable);
    }

    @Transactional(readOnly = true)
    public boolean participates(UUID eventId, Set<UUID> userIds) {
        return participants.existsByEventIdAndUserIdIn(eventId, userIds);
    }

    @Transactional(readOnly = true)
    public Map<UUID, ParticipantCounts> counts(Collection<UUID> eventIds) {
        Map<UUID, ParticipantCounts> result = new HashMap<>();
        if (eventIds.isEmpty()) {
            return result;
        }
        for (Object[] row : participants.countByStatus(eventIds)) {
            UUID eventId = (UUID) row[0];
            result.put(eventId, result.getOrDefault(eventId, ParticipantCounts.NONE)
                    .plus((RsvpStatus) row[1], (Long) row[2]));
        }
        return result;
    }

    /** 1-based place on the waiting list, or null when not waiting. */
    @Transactional(readOnly = true)
    public Integer waitlistPosition(Participant participant) {
        if (participant.getRsvpStatus() != RsvpStatus.WAITLISTED) {
            return null;
        }
        List<Participant> queue = participants.waitingList(participant.getEventId());
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).getId().equals(participant.getId())) {
                return i + 1;
            }
        }
        return null;
    }

    /**
     * team.member.added without the club: the club is the one the roster recorded the membership in (the roster has
     * just stored the event's membership); unknown, nobody is invited.
     */
    @Transactional
    public int onTeamMemberAdded(UUID teamId, UUID userId, boolean staff) {
        return roster.members(teamId).stream().filter(m -> m.userId().equals(userId))
                .map(RosterMember::organizationId).findFirst()
                .map(org -> onTeamMemberAdded(org, teamId, userId, staff)).orElse(0);
    }

    /**
     * team.member.added: invite the new member to the team's upcoming events of the member's club (an event of
     * another club naming the same team id never gets them).
     */
    @Transactional
    public int onTeamMemberAdded(UUID organizationId, UUID teamId, UUID userId, boolean staff) {
        int invited = 0;
        for (Attendable upcoming : events.upcomingOfTeam(teamId, clock.instant())) {
            if (!upcoming.getOrganizationId().equals(organizationId)) {
                continue;
            }
            Attendable event = events.lock(upcoming.getId()).orElseThrow();
            invited += invite(event, List.of(userId), staff ? ParticipantRole.OPTIONAL : ParticipantRole.REQUIRED).size();
        }
        return invited;
    }

    /** team.member.removed: take the former member out of the team's upcoming events. */
    @Transactional
    public int onTeamMemberRemoved(UUID teamId, UUID userId) {
        return onTeamMemberRemoved(null, teamId, userId);
    }

    /** team.member.removed of the club ({@code null}: any club's events of the team). */
    @Transactional
    public int onTeamMemberRemoved(UUID organizationId, UUID teamId, UUID userId) {
        int removed = 0;
        for (Participant participant : participants.findFutureInTeam(teamId, userId, clock.instant())) {
            if (organizationId != null && !organizationId.equals(participant.getOrganizationId())) {
                continue;
            }
            Attendable event = events.lock(participant.getEventId()).orElseThrow();
            removeLocked(event, participant);
            removed++;
        }
        return removed;
    }

    /**
     * medical.player.status.changed: an unavailable player's upcoming participations (from the effective date up to
     * the expected return) are marked unavailable and an accepted place is released; back to available clears it.
     */
    @Transactional
    public int onPlayerStatusChanged(UUID organizationId, UUID playerId, String status, LocalDate effectiveDate,
            LocalDate expectedReturn, ZoneId zone) {
        Instant now = clock.instant();
        Instant from = effectiveDate == null ? now : max(now, effectiveDate.atStartOfDay(zone).toInstant());
        Instant until = expectedReturn == null ? null : expectedReturn.atStartOfDay(zone).toInstant();
        boolean unavailable = status != null && UNAVAILABLE_STATUSES.contains(status.toLowerCase(java.util.Locale.ROOT));
        int changed = 0;
        for (Participant participant : participants.findFuture(organizationId, playerId, from)) {
            Attendable event = events.lock(participant.getEventId()).orElseThrow();
            if (event.isCancelled()) {
                continue;
            }
            if (unavailable) {
                if (until != null && !event.getStartAt().isBefore(until)) {
                    continue;
                }
                participant.markUnavailable(status);
                RsvpStatus previous = participant.getRsvpStatus();
                if (previous == RsvpStatus.ACCEPTED || previous == RsvpStatus.WAITLISTED
                        || previous == RsvpStatus.PENDING || previous == RsvpStatus.TENTATIVE) {
                    participant.answer(RsvpStatus.DECLINED, null, now);
                    participants.saveAndFlush(participant);
                    publishRsvp(event, participant, previous, false);
                    if (previous == RsvpStatus.ACCEPTED) {
                        promote(event);
                    }
                }
                changed++;
            } else if (participant.isUnavailable()) {
                participant.markAvailable();
                if (participant.getRsvpStatus() == RsvpStatus.DECLINED && participant.getRespondedBy() == null) {
                    participant.answer(RsvpStatus.PENDING, null, now);
                    teamListChanged(event);
                }
                changed++;
            }
        }
        log.info("Player {} is {}: {} upcoming participation(s) updated", playerId, status, changed);
        return changed;
    }

    private void removeLocked(Attendable event, Participant participant) {
        boolean wasAccepted = participant.getRsvpStatus() == RsvpStatus.ACCEPTED;
        participants.delete(participant);
        participants.flush();
        teamListChanged(event);
        if (wasAccepted) {
            promote(event);
        }
    }

    private Attendable lockVisible(UUID eventId, CurrentUser user) {
        return visible(events.lock(eventId), eventId, user);
    }

    /** 404 unless the event exists and the user sees it (as the event's own API decides). */
    @Transactional(readOnly = true)
    public void requireVisible(UUID eventId, CurrentUser user) {
        visible(events.find(eventId), eventId, user);
    }

    private Attendable visible(Optional<Attendable> found, UUID eventId, CurrentUser user) {
        Attendable event = found.orElseThrow(() -> new NotFoundException("Event", eventId));
        user.requireOrganization(event.getOrganizationId(), "Event", eventId);
        if (!events.canSee(event, user, participates(eventId, Participation.selfAndChildren(user)))) {
            throw new NotFoundException("Event", eventId);
        }
        return event;
    }

    private void publishRsvp(Attendable event, Participant participant, RsvpStatus previous, boolean promoted) {
        teamListChanged(event);
        long accepted = participants.countByEventIdAndRsvpStatus(event.getId(), RsvpStatus.ACCEPTED);
        publisher.publish(EventTypes.CALENDAR_RSVP_CHANGED, event.getOrganizationId(),
                new RsvpChanged(event.getId(), event.getOrganizationId(), participant.getUserId(),
                        ApiEnums.value(participant.getRsvpStatus()), ApiEnums.value(previous), participant.getRespondedBy(),
                        promoted, (int) accepted, event.getMaxParticipants()));
    }

    /** The team's cached upcoming list carries participant counts: any change of an answer makes it stale. */
    private void teamListChanged(Attendable event) {
        if (event.getTeamId() != null) {
            cacheTags.invalidate(CacheTag.team(event.getTeamId()));
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
