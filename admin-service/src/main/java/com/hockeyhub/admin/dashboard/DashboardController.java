package com.hockeyhub.admin.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.admin.access.AdminAccessPolicy;
import com.hockeyhub.admin.access.OutboundAuthorization;
import com.hockeyhub.admin.audit.AuditQuery;
import com.hockeyhub.admin.setting.SettingScope;
import com.hockeyhub.admin.setting.SettingService;
import com.hockeyhub.admin.setting.SettingViews;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboards", description = "A club's configuration and activity at a glance")
class DashboardController {

    record ClubDashboard(UUID organizationId, int activeUsers, int teams, List<String> featuresOn,
                         List<String> featuresOff, int settingsChangedByClub, int eventsLast7Days,
                         Map<String, Long> eventsByTypeLast7Days, List<AuditQuery.Entry> recentEvents) {
    }

    private final SettingService settings;
    private final AuditQuery audit;
    private final PlatformDashboard platform;
    private final ClubActivity activity;
    private final OutboundAuthorization authorization;
    private final AdminAccessPolicy policy;

    DashboardController(SettingService settings, AuditQuery audit, PlatformDashboard platform, ClubActivity activity,
            OutboundAuthorization authorization, AdminAccessPolicy policy) {
        this.authorization = authorization;
        this.settings = settings;
        this.audit = audit;
        this.activity = activity;
        this.platform = platform;
        this.policy = policy;
    }

    @GetMapping("/api/admin/dashboard/platform")
    @Operation(summary = "The platform (super admins): clubs and their activity, the newest health round, event rates, "
            + "saga outcomes")
    PlatformDashboard.View platform(CurrentUser user) {
        policy.requireSuperAdmin(user);
        return platform.view(Instant.now(), authorization.header());
    }

    @GetMapping("/api/admin/dashboard")
    @Operation(summary = "The club's people, features, how many settings it changed, and its recent activity",
            description = "Club admins (their club); super admins name the club with organizationId.")
    ClubDashboard dashboard(CurrentUser user, @RequestParam(required = false) UUID organizationId) {
        UUID club = policy.auditClub(user, organizationId);
        if (club == null) {
            club = policy.clubToRead(user, null);
        }
        SettingService.Subject subject = new SettingService.Subject(club, null, null);
        List<SettingViews.Effective> all = settings.effectiveAll(subject, null, user);
        List<String> on = all.stream().filter(e -> "features".equals(e.category()) && e.value().asBoolean())
                .map(SettingViews.Effective::key).toList();
        List<String> off = all.stream().filter(e -> "features".equals(e.category()) && !e.value().asBoolean())
                .map(SettingViews.Effective::key).toList();
        int changed = (int) all.stream().filter(e -> e.source() == SettingScope.ORGANIZATION).count();
        Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
        ClubActivity.Stats stats = activity.of(club, weekAgo);
        return new ClubDashboard(club, stats.activeUsers(), stats.teams(), on, off, changed,
                audit.countSince(club, weekAgo), stats.eventsByType(), audit.page(AuditQuery.Filter.club(club), null, 10).events());
    }
}
