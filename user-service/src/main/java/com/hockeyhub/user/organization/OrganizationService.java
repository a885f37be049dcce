package com.hockeyhub.user.organization;

import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.OrganizationDto;
import com.hockeyhub.shared.api.user.OrganizationStatisticsDto;
import com.hockeyhub.shared.api.user.UserEvents;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.ApiEnums;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clubs. Each public write method is one domain change; authorization is the controller's. */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final UserStatistics statistics;
    private final EventPublisher events;

    public OrganizationService(OrganizationRepository organizations, UserStatistics statistics, EventPublisher events) {
        this.organizations = organizations;
        this.statistics = statistics;
        this.events = events;
    }

    @Transactional
    public Organization create(OrganizationRequests.CreateOrganization request) {
        return create(request, null);
    }

    /** With {@code id} the club gets that id instead of a generated one (seeds: shared-lib {@code DemoClub}). */
    @Transactional
    public Organization create(OrganizationRequests.CreateOrganization request, UUID id) {
        if (organizations.existsBySubdomain(request.subdomain())) {
            throw new ConflictException("The subdomain '" + request.subdomain() + "' is taken");
        }
        Organization organization = new Organization(request.name().trim(), request.subdomain());
        if (id != null) {
            organization.assignId(id);
        }
        organization.setLogoUrl(request.logoUrl());
        organization.setPrimaryColor(request.primaryColor());
        organization.setSecondaryColor(request.secondaryColor());
        if (request.subscriptionTier() != null) {
            organization.setSubscriptionTier(request.subscriptionTier());
        }
        Organization saved = organizations.saveAndFlush(organization);
        statistics.requestRefresh();
        publish(EventTypes.ORGANIZATION_CREATED, saved);
        return saved;
    }

    @Transactional(readOnly = true)
    public Organization require(UUID id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("Organization", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Organization> find(UUID id) {
        return organizations.findById(id);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Organization> findBySubdomain(String subdomain) {
        return organizations.findBySubdomain(subdomain);
    }

    @Transactional(readOnly = true)
    public PageResponse<OrganizationDto> list(String tsQuery, Pageable pageable) {
        return PageResponse.of(tsQuery == null ? organizations.findAll(pageable)
                : organizations.search(tsQuery, pageable), OrganizationService::toDto);
    }

    @Transactional(readOnly = true)
    public PageResponse<OrganizationDto> listOne(UUID id, Pageable pageable) {
        return PageResponse.of(organizations.findPageById(id, pageable), OrganizationService::toDto);
    }

    @Transactional
    public Organization update(UUID id, OrganizationRequests.UpdateOrganization request) {
        Organization organization = require(id);
        if (request.version() != null && !organization.isAtVersion(request.version())) {
            throw new ConflictException("The organization was changed by someone else; reload it and try again");
        }
        if (request.name() != null) {
            organization.setName(request.name().trim());
        }
        if (request.logoUrl() != null) {
            organization.setLogoUrl(request.logoUrl());
        }
        if (request.primaryColor() != null) {
            organization.setPrimaryColor(request.primaryColor());
        }
        if (request.secondaryColor() != null) {
            organization.setSecondaryColor(request.secondaryColor());
        }
        if (request.subscriptionTier() != null) {
            organization.setSubscriptionTier(request.subscriptionTier());
        }
        if (request.active() != null) {
            organization.setActive(request.active());
        }
        Long versionBefore = organization.getVersion();
        Organization saved = organizations.saveAndFlush(organization);
        if (!java.util.Objects.equals(saved.getVersion(), versionBefore)) {
            publish(EventTypes.ORGANIZATION_UPDATED, saved);
        }
        return saved;
    }

    @Transactional
    public void delete(UUID id) {
        Organization organization = require(id);
        organizations.delete(organization);
        organizations.flush();
        statistics.requestRefresh();
        publish(EventTypes.ORGANIZATION_DELETED, organization);
    }

    private void publish(String type, Organization o) {
        events.publish(type, o.getId(), new UserEvents.OrganizationChanged(o.getId(), o.getName(), o.getSubdomain(),
                ApiEnums.value(o.getSubscriptionTier()), o.isActive()));
    }

    /** From the materialized view; a club created since the last refresh reads as zeros until the next one. */
    @Transactional(readOnly = true)
    public OrganizationStatisticsDto statistics(UUID id) {
        require(id);
        return statistics.read(id).orElseGet(() -> new OrganizationStatisticsDto(id, 0, 0, 0, 0, 0, 0, null));
    }

    public static OrganizationDto toDto(Organization o) {
        return new OrganizationDto(o.getId(), o.getName(), o.getSubdomain(), o.getLogoUrl(), o.getPrimaryColor(),
                o.getSecondaryColor(), ApiEnums.value(o.getSubscriptionTier()), o.isActive(), o.getCreatedAt(),
                o.getVersion());
    }
}
