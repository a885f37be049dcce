package com.hockeyhub.user.user;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.BatchUsersRequest;
import com.hockeyhub.shared.api.user.BatchUsersResponse;
import com.hockeyhub.shared.api.user.UserDto;
import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.Paging;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.user.Scopes;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "The club directory")
class UserController {

    private final UserService users;
    private final UserCache cache;
    private final TeamRosters teams;
    private final EmailChangeRequests emailChanges;

    UserController(UserService users, UserCache cache, TeamRosters teams, EmailChangeRequests emailChanges) {
        this.users = users;
        this.cache = cache;
        this.teams = teams;
        this.emailChanges = emailChanges;
    }

    @GetMapping
    @Operation(summary = "List users of the caller's club; filters team, role, active and full-text q",
            description = "Club staff list the whole club; players and parents only a roster (teamId) they belong to.")
    PageResponse<UserDto> list(@RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) String role,
            @RequestParam(required = false) Boolean active, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, CurrentUser user) {
        var pageable = Paging.pageable(page, size, sort, UserSearch.SORT_COLUMNS.keySet(),
                Sort.by("lastName", "firstName"));
        Role roleFilter = ApiEnums.param(Role.class, "role", role);
        UUID org = user.isPlatformWide() ? organizationId : Scopes.organization(organizationId, user);
        if (teamId != null) {
            UUID teamOrganization = teams.requireTeamOrganization(teamId);
            if (org != null && !org.equals(teamOrganization)) {
                throw new NotFoundException("Team", teamId);
            }
        }
        if (!isStaff(user)) {
            boolean onRoster = teamId != null && (teams.hasActiveMember(teamId, Set.of(user.id()))
                    || teams.hasActiveMember(teamId, user.childIds()));
            if (!onRoster) {
                throw new ForbiddenException("Players and parents list only the rosters of their teams (teamId)");
            }
        }
        return users.list(new UserSearch.Criteria(org, teamId, roleFilter, active, q), pageable);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person with their roles to the club (club admin)")
    UserDto create(@Valid @RequestBody UserRequests.CreateUser request, CurrentUser user) {
        user.requireAnyRole(Role.CLUB_ADMIN);
        UUID org = Scopes.organization(request.organizationId(), user);
        Set<Role> roles = UserService.parseRoles(request.roles(), "roles");
        requireMayGrant(roles, user);
        User created = users.createInOrganization(new UserService.NewUser(request.email(), request.password(),
                request.firstName(), request.lastName(), request.phone(), request.dateOfBirth(),
                request.jerseyNumber(), request.position(), request.handedness(), request.preferredLanguage()),
                org, roles);
        return users.toDto(created, org);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a user: themself, their parents, club staff, teammates")
    UserDto get(@PathVariable UUID id, CurrentUser user) {
        // the cache holds the data; the checks below run on every request
        CachedUser target = cache.user(id);
        if (target == null) {
            throw new NotFoundException("User", id);
        }
        if (user.isPlatformWide() || user.id().equals(id) || user.isParentOf(id)) {
            return target.toDto(user.organizationId());
        }
        if (user.organizationId() == null || !target.organizations().contains(user.organizationId())) {
            throw new NotFoundException("User", id);
        }
        if (!isStaff(user)) {
            Set<UUID> mine = new LinkedHashSet<>(user.childIds());
            mine.add(user.id());
            if (!teams.sharesTeam(id, mine)) {
                throw new ForbiddenException("You can see only your teammates and your children's teammates");
            }
        }
        return target.toDto(user.organizationId());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Update a user (themself; club admins also the active flag)",
            description = "A new e-mail address is not set at once: a confirmation code goes to the new address and a "
                    + "notice to the current one; the address changes (and every session ends) when the code is "
                    + "confirmed at POST /api/auth/confirm-email. A club admin changes the address only of members "
                    + "of their club alone who are not admins.")
    UserDto update(@PathVariable UUID id, @Valid @RequestBody UserRequests.UpdateUser request, CurrentUser user) {
        if (user.id().equals(id)) {
            return OwnAccount.call(() -> applyUpdate(id, request, user));
        }
        return applyUpdate(id, request, user);
    }

    private UserDto applyUpdate(UUID id, UserRequests.UpdateUser request, CurrentUser user) {
        users.require(id);
        UserAccess.Target target = acrossClubsTarget(id);
        if (!user.id().equals(id)) {
            UserAccess.requireMayAdminister(user, target);
        }
        if (request.email() != null) {
            UserAccess.requireMayChangeEmail(user, target);
            emailChanges.requireAvailable(id, request.email());
        }
        boolean admin = user.isSuperAdmin() || user.hasRole(Role.CLUB_ADMIN);
        User updated = users.update(id, request, admin);
        if (request.email() != null) {
            emailChanges.request(updated, request.email(), user.id());
        }
        return users.toDto(updated, user.organizationId());
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Replace the user's roles in the club (club admin)")
    UserDto replaceRoles(@PathVariable UUID id, @Valid @RequestBody UserRequests.ReplaceRoles request,
            @RequestParam(required = false) UUID organizationId, CurrentUser user) {
        users.require(id);
        UserAccess.requireMayAdminister(user, acrossClubsTarget(id));
        Set<Role> roles = UserService.parseRoles(request.roles(), "roles");
        requireMayGrant(roles, user);
        UUID org = user.isPlatformWide() && organizationId == null ? users.primaryOrganization(id)
                : Scopes.organization(organizationId, user);
        if (org == null) {
            throw new NotFoundException("The user belongs to no club; name one with organizationId");
        }
        users.replaceRoles(id, org, roles);
        return users.toDto(users.require(id), org);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a user (club admin; soft delete that ends memberships and family links)")
    void delete(@PathVariable UUID id, CurrentUser user) {
        users.require(id);
        UserAccess.requireMayAdminister(user, acrossClubsTarget(id));
        // across clubs: deleting ends every membership of the user (a club admin only gets here for someone who
        // belongs to their club alone; UserAccess), so it runs on connections that state '*'
        AcrossClubs.call(() -> {
            users.delete(id);
            return null;
        });
    }

    /**
     * Across clubs: UserAccess judges the target by ALL its clubs and roles ("also belongs to another club"), which a
     * connection scoped to the caller's club would hide; a read of its own (no transaction open here).
     */
    private UserAccess.Target acrossClubsTarget(UUID id) {
        return AcrossClubs.call(() -> users.accessTarget(id));
    }

    @PostMapping("/batch")
    @Operation(summary = "Look up to 500 users by id (for other services); other clubs' users are reported missing")
    BatchUsersResponse batch(@Valid @RequestBody BatchUsersRequest request, CurrentUser user) {
        UUID org = user.isPlatformWide() ? null : user.requireOrganizationId();
        List<UserDto> found = cache.users(request.ids()).stream()
                .filter(u -> org == null || u.organizations().contains(org))
                .map(u -> u.toDto(org)).toList();
        Set<UUID> foundIds = new LinkedHashSet<>();
        found.forEach(u -> foundIds.add(u.id()));
        List<UUID> missing = request.ids().stream().distinct().filter(i -> !foundIds.contains(i)).toList();
        return new BatchUsersResponse(found, missing);
    }

    private static boolean isStaff(CurrentUser user) {
        return user.isPlatformWide() || user.roles().stream().anyMatch(Role::isStaff);
    }

    private static void requireMayGrant(Set<Role> roles, CurrentUser user) {
        if (roles.contains(Role.SUPER_ADMIN) && !user.isSuperAdmin()) {
            throw new ForbiddenException("Only a super admin grants the super admin role");
        }
    }
}
