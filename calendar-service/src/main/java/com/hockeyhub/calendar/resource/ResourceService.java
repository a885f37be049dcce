package com.hockeyhub.calendar.resource;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The club's bookable resources; managed by club admins and equipment managers, visible to every member. */
@Service
public class ResourceService {

    static final Role[] MANAGERS = {Role.CLUB_ADMIN, Role.EQUIPMENT_MANAGER};

    private final ResourceRepository resources;
    private final CalendarProperties properties;
    private final ApplicationEventPublisher localEvents;

    public ResourceService(ResourceRepository resources, CalendarProperties properties,
            ApplicationEventPublisher localEvents) {
        this.resources = resources;
        this.properties = properties;
        this.localEvents = localEvents;
    }

    @Transactional
    public Resource create(ResourceRequest request, CurrentUser user) {
        user.requireAnyRole(MANAGERS);
        Resource resource = new Resource(user.requireOrganizationId());
        apply(resource, request);
        return resources.saveAndFlush(resource);
    }

    @Transactional
    public Resource update(UUID id, ResourceRequest request, CurrentUser user) {
        user.requireAnyRole(MANAGERS);
        Resource resource = get(id, user);
        apply(resource, request);
        return resources.saveAndFlush(resource);
    }

    @Transactional
    public void delete(UUID id, CurrentUser user) {
        user.requireAnyRole(MANAGERS);
        Resource resource = get(id, user);
        localEvents.publishEvent(new ResourceRemoving(id, resource.getName()));
        resources.delete(resource);
    }

    @Transactional(readOnly = true)
    public Resource get(UUID id, CurrentUser user) {
        Resource resource = resources.findById(id).orElseThrow(() -> new NotFoundException("Resource", id));
        user.requireOrganization(resource.getOrganizationId(), "Resource", id);
        return resource;
    }

    /** The name of a resource for messages, or null once it was removed. */
    @Transactional(readOnly = true)
    public String nameOf(UUID id) {
        return resources.findById(id).map(Resource::getName).orElse(null);
    }

    /** The resource if it exists in the caller's club (empty for another club's, which the caller must not see). */
    @Transactional(readOnly = true)
    public Optional<Resource> find(UUID id, CurrentUser user) {
        return resources.findById(id).filter(r -> user.belongsTo(r.getOrganizationId()));
    }

    @Transactional(readOnly = true)
    public Optional<Resource> findByName(UUID organizationId, String name) {
        return resources.findByOrganizationIdAndNameIgnoreCase(organizationId, name);
    }

    @Transactional(readOnly = true)
    public Page<Resource> list(ResourceType type, CurrentUser user, Pageable pageable) {
        UUID organizationId = user.requireOrganizationId();
        return type == null ? resources.findByOrganizationId(organizationId, pageable)
                : resources.findByOrganizationIdAndType(organizationId, type, pageable);
    }

    private void apply(Resource r, ResourceRequest request) {
        r.setName(request.name().trim());
        r.setType(request.type());
        r.setDescription(request.description());
        r.setLocation(request.location());
        r.setCapacity(request.capacity());
        r.setHourlyRate(request.hourlyRate() == null ? BigDecimal.ZERO : request.hourlyRate());
        r.setCurrency(request.currency() == null ? "SEK" : request.currency());
        r.setRequiresApproval(Boolean.TRUE.equals(request.requiresApproval()));
        r.setTimeZone(zone(request.timeZone()).getId());
        r.setActive(request.active() == null || request.active());
        var windows = request.availability() == null ? java.util.List.<AvailabilityWindow.Dto>of() : request.availability();
        for (int i = 0; i < windows.size(); i++) {
            if (!windows.get(i).endTime().isAfter(windows.get(i).startTime())) {
                throw new InvalidRequestException("availability[" + i + "].endTime", "must be after startTime");
            }
        }
        r.setAvailability(windows.stream()
                .map(w -> new AvailabilityWindow(w.dayOfWeek(), w.startTime(), w.endTime())).toList());
    }

    private ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return properties.defaultTimeZone();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidRequestException("timeZone", "'" + id + "' is not an IANA time zone");
        }
    }
}
