package com.hockeyhub.user.onboarding;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.saga.SagaDefinition;
import com.hockeyhub.shared.saga.SagaEngine;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.user.organization.OrganizationService;
import com.hockeyhub.user.organization.SubscriptionTier;
import com.hockeyhub.user.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts club onboarding: checks what can be checked at once (409), then hands the work to the saga. */
@Service
class OnboardingService {

    record Started(UUID sagaId, UUID organizationId, UUID adminUserId) {
    }

    private final SagaEngine engine;
    private final SagaDefinition<OnboardingData> saga;
    private final OrganizationService organizations;
    private final UserService users;

    OnboardingService(SagaEngine engine, SagaDefinition<OnboardingData> createOrganization,
            OrganizationService organizations, UserService users) {
        this.engine = engine;
        this.saga = createOrganization;
        this.organizations = organizations;
        this.users = users;
    }

    @Transactional
    Started start(OnboardingRequest request, CurrentUser user) {
        user.requireAnyRole(Role.SUPER_ADMIN);
        if (organizations.findBySubdomain(request.subdomain()).isPresent()) {
            throw new ConflictException("The subdomain " + request.subdomain() + " is taken");
        }
        if (users.findByEmail(UserService.normalizeEmail(request.admin().email())).isPresent()) {
            throw new ConflictException("A user with the admin's e-mail address exists; add them to the club instead");
        }
        List<OnboardingRequest.Team> teams = request.teams() == null || request.teams().isEmpty()
                ? List.of(new OnboardingRequest.Team("Senior A", "Senior")) : request.teams();
        UUID organizationId = Uuid7.next();
        UUID adminId = Uuid7.next();
        OnboardingData data = new OnboardingData(organizationId, request.name().trim(), request.subdomain(),
                ApiEnums.value(request.tier() == null ? SubscriptionTier.STANDARD : request.tier()), adminId,
                UserService.normalizeEmail(request.admin().email()), request.admin().firstName().trim(),
                request.admin().lastName().trim(),
                teams.stream().map(t -> new OnboardingData.TeamData(Uuid7.next(), t.name().trim(), t.ageGroup()))
                        .toList(), user.id());
        UUID sagaId = engine.start(saga, data, organizationId);
        return new Started(sagaId, organizationId, adminId);
    }
}
