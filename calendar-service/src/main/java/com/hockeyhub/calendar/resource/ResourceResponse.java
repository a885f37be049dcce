package com.hockeyhub.calendar.resource;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public record ResourceResponse(UUID id, UUID organizationId, String name, ResourceType type, String description,
                               String location, Integer capacity, BigDecimal hourlyRate, String currency,
                               boolean requiresApproval, String timeZone, boolean active,
                               List<AvailabilityWindow.Dto> availability, long version) {

    public static ResourceResponse of(Resource r) {
        return new ResourceResponse(r.getId(), r.getOrganizationId(), r.getName(), r.getType(), r.getDescription(),
                r.getLocation(), r.getCapacity(), r.getHourlyRate(), r.getCurrency(), r.isRequiresApproval(),
                r.getTimeZone(), r.isActive(), r.getAvailability().stream().map(AvailabilityWindow::toDto).toList(),
                r.getVersion() == null ? 0 : r.getVersion());
    }
}
