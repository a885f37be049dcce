package com.hockeyhub.admin.health;

import com.hockeyhub.admin.access.AdminAccessPolicy;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Platform health", description = "Is the platform healthy (super admins)")
class SystemController {

    private final SuiteHealth health;
    private final AdminAccessPolicy policy;

    SystemController(SuiteHealth health, AdminAccessPolicy policy) {
        this.health = health;
        this.policy = policy;
    }

    @GetMapping("/api/admin/system/status")
    @Operation(summary = "Every service's health with a score (0–100) and the suite's overall score")
    SuiteHealth.Status status(CurrentUser user) {
        policy.requireSuperAdmin(user);
        return health.status();
    }
}
