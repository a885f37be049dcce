package com.hockeyhub.user.team;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.TeamDto;
import com.hockeyhub.shared.api.user.TeamMemberDto;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.Paging;
import com.hockeyhub.user.Scopes;
import com.hockeyhub.shared.web.ApiEnums;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/teams")
@Tag(name = "Teams", description = "Teams of a club and their rosters")
class TeamController {

    private final TeamService teams;

    TeamController(TeamService teams) {
        this.teams = teams;
    }

    @GetMapping
    @Operation(summary = "Teams of the caller's club (super admins and services: organizationId)")
    PageResponse<TeamDto> list(@RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) String season, @RequestParam(required = false) String teamType,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, CurrentUser user) {
        UUID org = Scopes.organization(organizationId, user);
        return teams.list(org, season, ApiEnums.param(TeamType.class, "teamType", teamType),
                Paging.pageable(page, size, sort, Set.of("name", "season", "ageGroup"), Sort.by("name")));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a team")
    TeamDto get(@PathVariable UUID id, CurrentUser user) {
        return teams.toDto(visible(id, user));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a team (club admin)")
    TeamDto create(@Valid @RequestBody TeamRequests.CreateTeam request, CurrentUser user) {
        user.requireAnyRole(Role.CLUB_ADMIN);
        UUID org = Scopes.organization(request.organizationId(), user);
        return teams.toDto(teams.create(org, request));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Update a team (club admin)")
    TeamDto update(@PathVariable UUID id, @Valid @RequestBody TeamRequests.UpdateTeam request, CurrentUser user) {
        visible(id, user);
        user.requireAnyRole(Role.CLUB_ADMIN);
        return teams.toDto(teams.update(id, request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a team (club admin; soft delete, ends the roster's memberships)")
    void delete(@PathVariable UUID id, CurrentUser user) {
        visible(id, user);
        user.requireAnyRole(Role.CLUB_ADMIN);
        teams.delete(id);
    }

    @GetMapping("/{id}/members")
    @Operation(summary = "The active roster: club staff, the team's members and their parents")
    PageResponse<TeamMemberDto> members(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            CurrentUser user) {
        visible(id, user);
        boolean staff = user.isPlatformWide() || user.roles().stream().anyMatch(Role::isStaff);
        if (!staff && !teams.hasActiveMember(id, Set.of(user.id())) && !teams.hasActiveMember(id, user.childIds())) {
            throw new ForbiddenException("Only the team's members, their parents and club staff read its roster");
        }
        return teams.roster(id, Paging.pageable(page, size, sort, Set.of("jerseyNumber", "joinedAt", "teamRole"),
                Sort.by("teamRole", "jerseyNumber")));
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member (club admin, or a coach of the team)")
    TeamMemberDto addMember(@PathVariable UUID id, @Valid @RequestBody TeamRequests.AddMember request,
            CurrentUser user) {
        Team team = visible(id, user);
        requireRosterManager(id, user);
        return teams.addMember(team, request);
    }

    @PatchMapping("/{id}/members/{userId}")
    @Operation(summary = "Change a member's role, jersey or position (club admin, or a coach of the team)")
    TeamMemberDto updateMember(@PathVariable UUID id, @PathVariable UUID userId,
            @Valid @RequestBody TeamRequests.UpdateMember request, CurrentUser user) {
        visible(id, user);
        requireRosterManager(id, user);
        return teams.updateMember(id, userId, request);
    }

    @DeleteMapping("/{id}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member (club admin, or a coach of the team); the history is kept")
    void removeMember(@PathVariable UUID id, @PathVariable UUID userId, CurrentUser user) {
        visible(id, user);
        requireRosterManager(id, user);
        teams.removeMember(id, userId);
    }

    /** The team, or 404 when it belongs to another club. */
    private Team visible(UUID id, CurrentUser user) {
        Team team = teams.require(id);
        user.requireOrganization(team.getOrganizationId(), "Team", id);
        return team;
    }

    /** Coaches manage the rosters of the teams they currently coach (checked in the database, not the token). */
    private void requireRosterManager(UUID teamId, CurrentUser user) {
        if (user.isPlatformWide() || user.hasRole(Role.CLUB_ADMIN)) {
            return;
        }
        if (user.hasAnyRole(Role.COACH, Role.ASSISTANT_COACH) && teams.hasActiveMember(teamId, Set.of(user.id()))) {
            return;
        }
        throw new ForbiddenException("Only a club admin or a coach of this team manages its roster");
    }
}
