package com.hockeyhub.medical.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who read whose medical record: the club's view and a player's (or parent's) view of their own record. */
@Service
class AccessLogService {

    private final AccessLogRepository log;
    private final MedicalAccessPolicy policy;
    private final Roster roster;

    AccessLogService(AccessLogRepository log, MedicalAccessPolicy policy, Roster roster) {
        this.log = log;
        this.policy = policy;
        this.roster = roster;
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

    @Transactional(readOnly = true)
    public PageResponse<AccessLogResponse> list(CurrentUser user, UUID playerId, UUID accessorId, Integer page,
            Integer size) {
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
            // a former member of the club's staff stays listable by what the log holds of them
            roster.requireKnownToClub(organization, accessorId,
                    person -> log.existsByOrganizationIdAndAccessorId(organization, person));
            return PageResponse.of(log.findByOrganizationIdAndAccessorId(organization, accessorId, pageable),
                    AccessLogResponse::of);
        }
        return PageResponse.of(log.findByOrganizationId(organization, pageable), AccessLogResponse::of);
    }
}
