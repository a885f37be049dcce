package com.hockeyhub.payment.dashboard;

import java.time.YearMonth;
import java.util.List;

import com.hockeyhub.payment.dashboard.DashboardViews.Dashboard;
import com.hockeyhub.payment.dashboard.DashboardViews.RevenueMonth;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dashboards", description = "Billing at a glance: the club's totals for its admins, what I owe for "
        + "everyone else, monthly revenue")
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/payments/dashboard")
    @Operation(summary = "Club admin: paid, outstanding, overdue per currency (cached); others: what my family owes "
            + "and the latest bills")
    Dashboard dashboard(CurrentUser user) {
        return dashboards.dashboard(user);
    }

    @GetMapping("/api/payments/revenue")
    @Operation(summary = "Money received and refunded per month (club admin), from and to as YYYY-MM, at most 36 months")
    List<RevenueMonth> revenue(CurrentUser user, @RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to) {
        return dashboards.revenue(user, from, to);
    }
}
