package com.hockeyhub.medical.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.medical.MedicalEvents.MedicalRecordAccessed;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.RequestIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every read of medical data in the access log and publishes {@code medical.record.accessed} for the admin
 * audit trail, in the reading transaction: a read whose audit cannot be written fails instead of going unrecorded.
 */
@Service
public class MedicalAccessAudit {

    private final AccessLogRepository log;
    private final EventPublisher events;

    MedicalAccessAudit(AccessLogRepository log, EventPublisher events) {
        this.log = log;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void playerRead(CurrentUser user, PlayerAccess access, MedicalResource resource, UUID resourceId) {
        record(user, access.organizationId(), access.playerId(), null, resource, resourceId, access.level());
    }

    /** A read of several players' records at once (e.g. a team's active injuries): one entry per player. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void playerRead(CurrentUser user, UUID organizationId, UUID playerId, AccessLevel level,
            MedicalResource resource) {
        record(user, organizationId, playerId, null, resource, null, level);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void teamRead(CurrentUser user, TeamAccess team, MedicalResource resource, AccessLevel level) {
        record(user, team.organizationId(), null, team.teamId(), resource, null, level);
    }

    private void record(CurrentUser user, UUID organizationId, UUID playerId, UUID teamId, MedicalResource resource,
            UUID resourceId, AccessLevel level) {
        List<String> roles = user.roles().stream().map(Role::claimValue).sorted().toList();
        String requestId = RequestIds.current().orElse(null);
        Instant now = Instant.now();
        AccessLogEntry entry = log.save(new AccessLogEntry(organizationId, user.id(), String.join(",", roles),
                playerId, teamId, resource.value(), resourceId, level.value(), requestId, now));
        events.publish(EventTypes.MEDICAL_RECORD_ACCESSED, organizationId, new MedicalRecordAccessed(entry.getId(),
                organizationId, user.id(), roles, playerId, teamId, resource.value(), resourceId, level.value(),
                requestId, now));
    }
}
