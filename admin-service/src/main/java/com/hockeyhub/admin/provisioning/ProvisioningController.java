package com.hockeyhub.admin.provisioning;

import java.util.UUID;

import com.hockeyhub.admin.access.AdminAccessPolicy;
import com.hockeyhub.shared.api.admin.ClubProvisioningDto;
import com.hockeyhub.shared.api.admin.ProvisionClubRequest;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/provisioning/clubs")
@Tag(name = "Onboarding saga", description = "Participant step of user-service's CreateOrganizationSaga (service "
        + "token or super admin; Idempotency-Key required: the saga step's key)")
class ProvisioningController {

    private final ClubProvisioning provisioning;
    private final AdminAccessPolicy policy;

    ProvisioningController(ClubProvisioning provisioning, AdminAccessPolicy policy) {
        this.provisioning = provisioning;
        this.policy = policy;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Default configuration and feature flags of a new club",
            description = "Writes the new-club values once; a repeat with the same key returns the first answer.")
    ClubProvisioningDto provision(CurrentUser user, IdempotencyKey key,
            @Valid @RequestBody ProvisionClubRequest request) {
        policy.requirePlatform(user);
        return provisioning.provision(key, request);
    }

    @DeleteMapping("/{organizationId}")
    @Operation(summary = "Compensation: remove what provisioning wrote",
            description = "Values the club changed since are kept; an unknown club removes nothing.")
    ClubProvisioningDto unprovision(CurrentUser user, IdempotencyKey key, @PathVariable UUID organizationId) {
        policy.requirePlatform(user);
        return provisioning.unprovision(key, organizationId);
    }
}
