package com.hockeyhub.user.team;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.TeamDto;
import com.hockeyhub.shared.api.user.TeamMemberDto;
import com.hockeyhub.shared.api.user.UserEvents;
import com.hockeyhub.shared.cache.EvictCacheTags;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.user.organization.OrganizationService;
import com.hockeyhub.user.organization.UserStatistics;
import com.hockeyhub.user.user.TeamRosters;
import com.hockeyhub.user.user.User;
import com.hockeyhub.user.user.UserDeleted;
import com.hockeyhub.user.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams and rosters. Each public write method is one domain change; authorization is the controller's. */
@Service
public class TeamService implements TeamRosters {

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final OrganizationService organizations;
    private final UserService users;
    private final UserStatistics statistics;
    private final EventPublisher events;

    public TeamService(TeamRepository teams, TeamMemberRepository members, OrganizationService organizations,
            UserService users, UserStatistics statistics, EventPublisher events) {
        this.teams = teams;
        this.members = members;
        this.organizations = organizations;
        this.users = users;
        this.statistics = statistics;
        this.events = events;
    }

    @Transactional
    public Team create(UUID organizationId, TeamRequests.CreateTeam request) {
        return create(organizationId, request, null);
    }

    /** With {@code id} the team gets that id instead of a generated one (seeds: shared-lib {@code DemoClub}). */
    @Transactional
    public Team create(UUID organizationId, TeamRequests.CreateTeam request, UUID id) {
        organizations.require(organizationId);
        String name = request.name().trim();
        if (teams.existsByName(organizationId, name, request.season())) {
            throw new ConflictException("The club already has a team '" + name + "' in season " + request.season());
        }
        Team team = new Team(organizationId, name, request.teamType(), request.ageGroup(), request.season());
        if (id != null) {
            team.assignId(id);
        }
        team.setDescription(request.description());
        Team saved = teams.saveAndFlush(team);
        statistics.requestRefresh();
        publish(EventTypes.TEAM_CREATED, saved);
        return saved;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Team> find(UUID id) {
        return teams.findById(id);
    }

    @Transactional(readOnly = true)
    @Override
    public UUID requireTeamOrganization(UUID teamId) {
        return require(teamId).getOrganizationId();
    }

    public Team require(UUID id) {
        return teams.findById(id).orElseThrow(() -> new NotFoundException("Team", id));
    }

    @Transactional(readOnly = true)
    public PageResponse<TeamDto> list(UUID organizationId, String season, TeamType type, Pageable pageable) {
        return PageResponse.of(teams.search(organizationId, season, type, pageable), this::toDto);
    }

    @Transactional
    public Team update(UUID id, TeamRequests.UpdateTeam request) {
        Team team = require(id);
        if (request.version() != null && !team.isAtVersion(request.version())) {
            throw new ConflictException("The team was changed by someone else; reload it and try again");
        }
        String name = request.name() != null ? request.name().trim() : team.getName();
        String season = request.season() != null ? request.season() : team.getSeason();
        if ((!name.equalsIgnoreCase(team.getName()) || !season.equals(team.getSeason()))
                && teams.existsByName(team.getOrganizationId(), name, season)) {
            throw new ConflictException("The club already has a team '" + name + "' in season " + season);
        }
        team.setName(name);
        team.setSeason(season);
        if (request.teamType() != null) {
            team.setTeamType(request.teamType());
        }
        if (request.ageGroup() != null) {
            team.setAgeGroup(request.ageGroup());
        }
        if (request.description() != null) {
            team.setDescription(request.description());
        }
        if (request.active() != null) {
            team.setActive(request.active());
        }
        Long versionBefore = team.getVersion();
        Team saved = teams.saveAndFlush(team);
        if (!java.util.Objects.equals(saved.getVersion(), versionBefore)) {
            publish(EventTypes.TEAM_UPDATED, saved);
        }
        return saved;
    }

    /** Soft delete; the roster's active memberships end. */
    @EvictCacheTags("T(com.hockeyhub.shared.cache.CacheTag).team(#id)")
    @Transactional
    public void delete(UUID id) {
        Team team = require(id);
        List<TeamMember> roster = members.findAllActiveByTeam(id);
        roster.forEach(TeamMember::leave);
        teams.delete(team);
        teams.flush();
        statistics.requestRefresh();
        roster.forEach(m -> publish(EventTypes.TEAM_MEMBER_REMOVED, m, team.getOrganizationId()));
        publish(EventTypes.TEAM_DELETED, team);
    }

    @Transactional(readOnly = true)
    public PageResponse<TeamMemberDto> roster(UUID teamId, Pageable pageable) {
        Page<TeamMember> page = members.findActiveByTeam(teamId, pageable);
        Map<UUID, User> people = users.findAll(page.getContent().stream().map(TeamMember::getUserId).toList())
                .stream().collect(Collectors.toMap(User::getId, Function.identity()));
        return PageResponse.of(page, m -> toDto(m, people.get(m.getUserId())));
    }

    @EvictCacheTags("T(com.hockeyhub.shared.cache.CacheTag).team(#team.id)")
    @Transactional
    public TeamMemberDto addMember(Team team, TeamRequests.AddMember request) {
        User user = users.requireInOrganization(request.userId(), team.getOrganizationId());
        if (members.findActive(team.getId(), user.getId()).isPresent()) {
            throw new ConflictException("The user is already on this team");
        }
        TeamMember member = new TeamMember(team.getId(), user.getId(), request.teamRole(), request.jerseyNumber(),
                request.position() != null ? request.position() : user.getPosition());
        // the partial unique index team_members_jersey_uq turns a concurrent duplicate jersey into a 409 too
        requireFreeJersey(team.getId(), request.jerseyNumber(), null);
        TeamMember saved = members.saveAndFlush(member);
        statistics.requestRefresh();
        publish(EventTypes.TEAM_MEMBER_ADDED, saved, team.getOrganizationId());
        return toDto(saved, user);
    }

    @EvictCacheTags("T(com.hockeyhub.shared.cache.CacheTag).team(#teamId)")
    @Transactional
    public TeamMemberDto updateMember(UUID teamId, UUID userId, TeamRequests.UpdateMember request) {
        TeamMember member = requireMember(teamId, userId);
        if (request.version() != null && !member.isAtVersion(request.version())) {
            throw new ConflictException("The membership was changed by someone else; reload it and try again");
        }
        if (request.jerseyNumber() != null && !request.jerseyNumber().equals(member.getJerseyNumber())) {
            requireFreeJersey(teamId, request.jerseyNumber(), member.getId());
            member.setJerseyNumber(request.jerseyNumber());
        }
        if (request.teamRole() != null) {
            member.setTeamRole(request.teamRole());
        }
        if (request.position() != null) {
            member.setPosition(request.position());
        }
        Long versionBefore = member.getVersion();
        TeamMember saved = members.saveAndFlush(member);
        // the catalog has no team.member.updated: a changed role, jersey or position is reported as role.changed
        // with the membership's full current state
        if (!java.util.Objects.equals(saved.getVersion(), versionBefore)) {
            publish(EventTypes.TEAM_MEMBER_ROLE_CHANGED, saved, require(teamId).getOrganizationId());
        }
        return toDto(saved, users.require(userId));
    }

    @EvictCacheTags("T(com.hockeyhub.shared.cache.CacheTag).team(#teamId)")
    @Transactional
    public void removeMember(UUID teamId, UUID userId) {
        TeamMember member = requireMember(teamId, userId);
        member.leave();
        members.saveAndFlush(member);
        statistics.requestRefresh();
        publish(EventTypes.TEAM_MEMBER_REMOVED, member, require(teamId).getOrganizationId());
    }

    /** The user's current teams in one club (a token speaks for one club; row-level security would hide the rest). */
    @Transactional(readOnly = true)
    public Set<UUID> activeTeamIdsOf(UUID userId, UUID organizationId) {
        return organizationId == null ? Set.of()
                : new LinkedHashSet<>(members.findActiveTeamIds(userId, organizationId));
    }

    /** Whether any of the users is an active member of the team. */
    @Transactional(readOnly = true)
    @Override
    public boolean hasActiveMember(UUID teamId, Collection<UUID> userIds) {
        return !userIds.isEmpty() && members.anyActive(teamId, userIds);
    }

    /** Whether the user plays or works on a team together with any of the others. */
    @Transactional(readOnly = true)
    @Override
    public boolean sharesTeam(UUID userId, Collection<UUID> others) {
        return !others.isEmpty() && members.sharesTeam(userId, others);
    }

    @EventListener
    public void onUserDeleted(UserDeleted event) {
        for (TeamMember member : members.findActiveByUser(event.userId())) {
            member.leave();
            publish(EventTypes.TEAM_MEMBER_REMOVED, member, require(member.getTeamId()).getOrganizationId());
        }
    }

    private void publish(String type, Team t) {
        events.publish(type, t.getOrganizationId(), new UserEvents.TeamChanged(t.getId(), t.getOrganizationId(),
                t.getName(), ApiEnums.value(t.getTeamType()), t.getAgeGroup(), t.getSeason()));
    }

    private void publish(String type, TeamMember m, UUID organizationId) {
        events.publish(type, organizationId, new UserEvents.TeamMemberChanged(m.getTeamId(), m.getUserId(),
                organizationId, ApiEnums.value(m.getTeamRole()), m.getJerseyNumber(), ApiEnums.value(m.getPosition())));
    }

    /** The user's current membership of the team, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<TeamMemberDto> activeMember(UUID teamId, UUID userId) {
        return members.findActive(teamId, userId).map(m -> toDto(m, null));
    }

    /** Whether another current member of the team wears the jersey. */
    @Transactional(readOnly = true)
    public boolean jerseyTaken(UUID teamId, Integer jersey, UUID exceptUser) {
        return jersey != null && members.findAllActiveByTeam(teamId).stream()
                .anyMatch(m -> jersey.equals(m.getJerseyNumber()) && !m.getUserId().equals(exceptUser));
    }

    private TeamMember requireMember(UUID teamId, UUID userId) {
        return members.findActive(teamId, userId)
                .orElseThrow(() -> new NotFoundException("Member " + userId + " of team " + teamId + " was not found"));
    }

    private void requireFreeJersey(UUID teamId, Integer jersey, UUID exceptMember) {
        if (jersey == null) {
            return;
        }
        List<TeamMember> roster = members.findAllActiveByTeam(teamId);
        boolean taken = roster.stream().anyMatch(m -> jersey.equals(m.getJerseyNumber())
                && !m.getId().equals(exceptMember));
        if (taken) {
            throw new ConflictException("Jersey number " + jersey + " is already worn on this team");
        }
    }

    public TeamDto toDto(Team t) {
        return new TeamDto(t.getId(), t.getOrganizationId(), t.getName(), ApiEnums.value(t.getTeamType()),
                t.getAgeGroup(), t.getSeason(), t.getDescription(), t.isActive(), members.countActive(t.getId()),
                t.getVersion());
    }

    static TeamMemberDto toDto(TeamMember m, User user) {
        return new TeamMemberDto(m.getId(), m.getTeamId(), m.getUserId(), user == null ? null : user.getFirstName(),
                user == null ? null : user.getLastName(), user == null ? null : user.getEmail(),
                ApiEnums.value(m.getTeamRole()), m.getJerseyNumber(), ApiEnums.value(m.getPosition()), m.getJoinedAt(),
                m.getLeftAt(), m.getVersion());
    }
}
