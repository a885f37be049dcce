package com.hockeyhub.admin.insight;

import com.hockeyhub.admin.access.AdminAccessPolicy;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Query insight", description = "pg_stat_statements of every service side by side (super admins)")
class QueryInsightController {

    private final QueryInsight insight;
    private final AdminAccessPolicy policy;

    QueryInsightController(QueryInsight insight, AdminAccessPolicy policy) {
        this.insight = insight;
        this.policy = policy;
    }

    @GetMapping("/api/admin/system/query-insight")
    @Operation(summary = "Each service's top statements by total execution time, and the suite's top merged",
            description = "limit: statements per service (1–100, default 10). A service that does not answer is "
                    + "named in unreachable and the others are still shown.")
    QueryInsight.View insight(CurrentUser user, @RequestParam(defaultValue = "10") int limit) {
        policy.requireSuperAdmin(user);
        return insight.collect(limit);
    }
}
