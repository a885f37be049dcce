package com.hockeyhub.user.family;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.ChildLinkDto;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.Paging;
import com.hockeyhub.user.Scopes;
import com.hockeyhub.user.user.UserService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Families", description = "Parent-child links")
class FamilyController {

    record CreateLink(@NotNull UUID parentId, @NotNull UUID childId, @NotNull RelationshipType relationshipType,
                      Boolean primaryContact, UUID organizationId) {
    }

    private final FamilyService families;
    private final UserService users;

    FamilyController(FamilyService families, UserService users) {
        this.families = families;
        this.users = users;
    }

    @PostMapping("/api/family-links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link a parent to a child (club admin)")
    ChildLinkDto create(@Valid @RequestBody CreateLink request, CurrentUser user) {
        user.requireAnyRole(Role.CLUB_ADMIN);
        UUID org = Scopes.organization(request.organizationId(), user);
        return families.link(org, new FamilyService.NewLink(request.parentId(), request.childId(),
                request.relationshipType(), Boolean.TRUE.equals(request.primaryContact())));
    }

    @GetMapping("/api/family-links")
    @Operation(summary = "Links of the club (staff); a parent sees their own")
    PageResponse<ChildLinkDto> list(@RequestParam(required = false) UUID parentId,
            @RequestParam(required = false) UUID childId, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, CurrentUser user) {
        UUID org = Scopes.organization(organizationId, user);
        boolean staff = user.isPlatformWide() || user.roles().stream().anyMatch(Role::isStaff);
        if (!staff) {
            if (parentId != null && !parentId.equals(user.id())) {
                throw new ForbiddenException("You can only list your own family links");
            }
            parentId = user.id();
        }
        return families.list(org, parentId, childId, Paging.pageable(page, size, sort, Set.of("createdAt"),
                Sort.by("createdAt")));
    }

    @DeleteMapping("/api/family-links/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a link (club admin)")
    void delete(@PathVariable UUID id, CurrentUser user) {
        FamilyLink link = families.require(id);
        user.requireOrganization(link.getOrganizationId(), "Family link", id).requireAnyRole(Role.CLUB_ADMIN);
        families.unlink(id);
    }

    @GetMapping("/api/users/{id}/children")
    @Operation(summary = "A parent's children linked in the caller's club (the parent, club staff)")
    List<ChildLinkDto> children(@PathVariable UUID id, CurrentUser user) {
        if (!user.isPlatformWide() && !user.id().equals(id)) {
            UUID org = user.requireOrganizationId();
            users.requireInOrganization(id, org);
            if (user.roles().stream().noneMatch(Role::isStaff)) {
                throw new ForbiddenException("Only the parent and club staff see a parent's children");
            }
        } else {
            users.require(id);
        }
        if (user.isPlatformWide()) {
            return families.childrenOf(id, null);
        }
        // only the links of the caller's club: a child linked in another club is that club's business
        return user.organizationId() == null ? List.of() : families.childrenOf(id, user.organizationId());
    }
}
