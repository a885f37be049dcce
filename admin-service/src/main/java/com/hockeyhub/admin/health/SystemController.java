package com.hockeyhub.admin.health;

import java.time.Instant;

import com.hockeyhub.admin.access.AdminAccessPolicy;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Platform health", description = "Is the platform healthy (super admins)")
class SystemController {

    private final SuiteHealth health;
    private final HealthHistory history;
    private final AdminAccessPolicy policy;

    SystemController(SuiteHealth health, HealthHistory history, AdminAccessPolicy policy) {
        this.health = health;
        this.history = history;
        this.policy = policy;
    }

    @GetMapping("/api/admin/system/status")
    @Operation(summary = "Every service's health asked now, with a score (0–100), and the suite's score and status",
            description = "Status healthy (score ≥ 80), degraded (≥ 60) or unhealthy.")
    SuiteHealth.Status status(CurrentUser user) {
        policy.requireSuperAdmin(user);
        return health.status();
    }

    @GetMapping("/api/admin/system/health")
    @Operation(summary = "The newest stored health round (the poller stores one per interval); 204 before the first")
    ResponseEntity<SuiteHealth.Status> latest(CurrentUser user) {
        policy.requireSuperAdmin(user);
        SuiteHealth.Status latest = history.latest();
        return latest == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(latest);
    }

    @GetMapping("/api/admin/system/health/history")
    @Operation(summary = "Health history per service and for the suite, in time buckets",
            description = "from/to: ISO instants (default the last 24 hours, at most 31 days); bucket: ISO duration "
                    + "(default PT1H, at least PT1M, at most 2000 buckets); service: one service (404 if unknown).")
    HealthHistory.History history(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "ISO-8601 duration, e.g. PT5M") @RequestParam(required = false) String bucket,
            @RequestParam(required = false) String service) {
        policy.requireSuperAdmin(user);
        return history.history(from, to, bucket, service);
    }
}
