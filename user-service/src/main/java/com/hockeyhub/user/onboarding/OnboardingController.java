package com.hockeyhub.user.onboarding;

import java.net.URI;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Club onboarding", description = "A new club in one request, as a saga across the suite")
class OnboardingController {

    private final OnboardingService onboarding;

    OnboardingController(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @PostMapping("/api/organizations/onboard")
    @Operation(summary = "Onboard a club (super admins): 202 with the saga; watch it at Location",
            description = "The club, its admin (invited by e-mail), its first teams, a trial subscription, its default "
                    + "configuration and a welcome; a failure undoes what was done. 409 for a taken subdomain or "
                    + "admin e-mail.")
    ResponseEntity<OnboardingService.Started> onboard(CurrentUser user,
            @Valid @RequestBody OnboardingRequest request) {
        OnboardingService.Started started = onboarding.start(request, user);
        return ResponseEntity.accepted().location(URI.create("/api/sagas/" + started.sagaId())).body(started);
    }
}
