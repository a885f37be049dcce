package com.hockeyhub.admin.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.hockeyhub.admin.access.AdminAccessPolicy;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit trail", description = "Every domain event of the suite: who changed what, when")
class AuditController {

    private static final int MAX_SIZE = 200;
    /** The widest from–to range one query may span (without from, pages go back from the newest event). */
    static final Duration MAX_RANGE = Duration.ofDays(93);

    private final AuditQuery audit;
    private final AdminAccessPolicy policy;

    AuditController(AuditQuery audit, AdminAccessPolicy policy) {
        this.audit = audit;
        this.policy = policy;
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "The audit trail, newest first",
            description = "Club admins see their club's events, super admins every club's (or the one they name). "
                    + "type: an exact type or a prefix ending in * (e.g. medical.*); from/to: ISO instants, at most 93 "
                    + "days apart (400 naming from beyond); "
                    + "entityType/entityId: the entity the event is about (e.g. calendar.event and its id); "
                    + "after: the previous page's next cursor.")
    AuditQuery.Page list(CurrentUser user, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) String type, @RequestParam(required = false) UUID actorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) UUID entityId,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        UUID club = policy.auditClub(user, organizationId);
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("from", "must be before to");
        }
        if (from != null && Duration.between(from, to == null ? Instant.now() : to).compareTo(MAX_RANGE) > 0) {
            throw new InvalidRequestException("from", "the range may span at most " + MAX_RANGE.toDays() + " days");
        }
        if (type != null && (type.length() > 120 || !type.matches("[a-z0-9_.]+\\*?"))) {
            throw new InvalidRequestException("type", "must be an event type or a prefix ending in *");
        }
        if (entityType != null && (entityType.length() > 120 || !entityType.matches("[a-z0-9_.]+"))) {
            throw new InvalidRequestException("entityType", "must be an entity type such as calendar.event");
        }
        return audit.page(new AuditQuery.Filter(club, type, from, to, actorId, entityType, entityId),
                AuditCursor.decode(after), size);
    }
}
