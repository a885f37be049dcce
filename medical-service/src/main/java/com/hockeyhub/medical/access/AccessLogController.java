package com.hockeyhub.medical.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/access-log")
@Tag(name = "Access log", description = "Who read whose medical record")
class AccessLogController {

    private final AccessLogRepository log;
    private final MedicalAccessPolicy policy;

    AccessLogController(AccessLogRepository log, MedicalAccessPolicy policy) {
        this.log = log;
        this.policy = policy;
    }

    record AccessLogResponse(UUID id, UUID accessorId, List<String> accessorRoles, UUID playerId, UUID teamId,
                             String resource, UUID resourceId, String accessLevel, String requestId,
                             Instant accessedAt) {

        static AccessLogResponse of(AccessLogEntry e) {
            return new AccessLogResponse(e.getId(), e.getAccessorId(), List.of(e.getAccessorRoles().split(",")),
                    e.getPlayerId(), e.getTeamId(), e.getResource(), e.getResourceId(), e.getAccessLevel(),
                    e.getRequestId(), e.getAccessedAt());
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "Medical access log of the club (newest first)",
            description = "Club admins and medical staff: the whole club, optionally one player or one accessor. "
                    + "A player (or their parent) may ask with playerId for who read their own record.")
    PageResponse<AccessLogResponse> list(CurrentUser user, @RequestParam(required = false) UUID playerId,
            @RequestParam(required = false) UUID accessorId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Pageable pageable = Paging.pageable(page, size, null, Set.of(), Sort.by(Sort.Direction.DESC, "accessedAt"));
        if (!user.hasAnyRole(Role.CLUB_ADMIN, Role.MEDICAL_STAFF)) {
            // Own record (or a child's): the policy's 404/403 applies, so nobody learns about others.
            if (playerId == null) {
                throw new InvalidRequestException("playerId", "is required for your role");
            }
            PlayerAccess access = policy.requireFull(user, playerId);
            return PageResponse.of(log.findByOrganizationIdAndPlayerId(access.organizationId(), playerId, pageable),
                    AccessLogResponse::of);
        }
        UUID organization = user.requireOrganizationId();
        if (playerId != null) {
            policy.requireAvailability(user, playerId);
            return PageResponse.of(log.findByOrganizationIdAndPlayerId(organization, playerId, pageable),
                    AccessLogResponse::of);
        }
        if (accessorId != null) {
            return PageResponse.of(log.findByOrganizationIdAndAccessorId(organization, accessorId, pageable),
                    AccessLogResponse::of);
        }
        return PageResponse.of(log.findByOrganizationId(organization, pageable), AccessLogResponse::of);
    }
}
