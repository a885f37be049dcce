package com.hockeyhub.user.organization;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.OrganizationDto;
import com.hockeyhub.shared.api.user.OrganizationStatisticsDto;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.Paging;
import com.hockeyhub.user.FullText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
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
@RequestMapping("/api/organizations")
@Tag(name = "Organizations", description = "Clubs and their statistics")
class OrganizationController {

    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a club (super admin)")
    OrganizationDto create(@Valid @RequestBody OrganizationRequests.CreateOrganization request, CurrentUser user) {
        user.requireAnyRole(Role.SUPER_ADMIN);
        return OrganizationService.toDto(organizations.create(request));
    }

    @GetMapping
    @Operation(summary = "List clubs: all for super admins (full-text q on the name), otherwise the caller's own")
    PageResponse<OrganizationDto> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, CurrentUser user) {
        Pageable pageable = Paging.pageable(page, size, sort, Set.of("name", "subdomain"), Sort.by("name"));
        if (user.isPlatformWide()) {
            return organizations.list(FullText.tsQuery(q), pageable);
        }
        return organizations.listOne(user.requireOrganizationId(), pageable);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a club (members of the club, super admins)")
    OrganizationDto get(@PathVariable UUID id, CurrentUser user) {
        user.requireOrganization(id, "Organization", id);
        return OrganizationService.toDto(organizations.require(id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Update a club (its club admin; tier and active flag: super admin)")
    OrganizationDto update(@PathVariable UUID id, @Valid @RequestBody OrganizationRequests.UpdateOrganization request,
            CurrentUser user) {
        user.requireOrganization(id, "Organization", id).requireAnyRole(Role.CLUB_ADMIN);
        if (!user.isSuperAdmin() && (request.subscriptionTier() != null || request.active() != null)) {
            throw new ForbiddenException("Only a super admin changes a club's tier or active flag");
        }
        return OrganizationService.toDto(organizations.update(id, request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a club (super admin; soft delete)")
    void delete(@PathVariable UUID id, CurrentUser user) {
        user.requireAnyRole(Role.SUPER_ADMIN);
        organizations.delete(id);
    }

    @GetMapping("/{id}/statistics")
    @Operation(summary = "Club statistics from the user_statistics view (staff of the club)")
    OrganizationStatisticsDto statistics(@PathVariable UUID id, CurrentUser user) {
        user.requireOrganization(id, "Organization", id);
        if (!user.isPlatformWide() && user.roles().stream().noneMatch(Role::isStaff)) {
            throw new ForbiddenException("Club statistics are for the club's staff");
        }
        return organizations.statistics(id);
    }
}
