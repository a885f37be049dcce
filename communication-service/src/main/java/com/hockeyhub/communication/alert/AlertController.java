package com.hockeyhub.communication.alert;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Alerts", description = "Urgent medical alerts: acknowledged by the people alerted, escalated when not")
class AlertController {

    private final AlertService alerts;

    AlertController(AlertService alerts) {
        this.alerts = alerts;
    }

    @PostMapping("/api/alerts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise an urgent alert about a player (medical staff); the player's team staff are alerted")
    AlertViews.AlertView create(CurrentUser user, @Valid @RequestBody AlertViews.NewAlert alert) {
        return alerts.create(alert, user);
    }

    @GetMapping("/api/alerts")
    @Operation(summary = "Alerts the caller received (medical staff and club admins: all of the club's), newest first")
    List<AlertViews.AlertView> list(CurrentUser user) {
        return alerts.list(user);
    }

    @GetMapping("/api/alerts/{id}")
    @Operation(summary = "An alert with its recipients and audit trail")
    AlertViews.AlertView get(CurrentUser user, @PathVariable UUID id) {
        return alerts.get(id, user);
    }

    @PostMapping("/api/alerts/{id}/acknowledge")
    @Operation(summary = "Acknowledge an alert one received; the first acknowledgement stops its escalation")
    AlertViews.AlertView acknowledge(CurrentUser user, @PathVariable UUID id) {
        return alerts.acknowledge(id, user);
    }

    @PostMapping("/api/alerts/{id}/resolve")
    @Operation(summary = "Resolve (close) an alert (medical staff and club admins)")
    AlertViews.AlertView resolve(CurrentUser user, @PathVariable UUID id) {
        return alerts.resolve(id, user);
    }
}
