package com.hockeyhub.communication.notification;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.communication.access.CommunicationAccessPolicy;
import com.hockeyhub.communication.delivery.DeliveryQueue;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications", description = "The caller's notifications and when they may arrive")
class NotificationController {

    record PreferencesRequest(@NotNull LocalTime quietFrom, @NotNull LocalTime quietTo,
                              @NotBlank @Size(max = 60) String timeZone,
                              @Size(max = 20) List<@Pattern(regexp = "[a-z0-9_.]{1,60}") String> mutedKinds,
                              @Size(max = 20) List<@Pattern(regexp = "[a-z0-9_.]{1,60}") String> emailMutedKinds,
                              @Size(max = 20) List<@Pattern(regexp = "[a-z0-9_.]{1,60}") String> pushMutedKinds) {
    }

    private final NotificationService notifications;
    private final DeliveryQueue deliveries;
    private final CommunicationAccessPolicy policy;

    NotificationController(NotificationService notifications, DeliveryQueue deliveries,
            CommunicationAccessPolicy policy) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.policy = policy;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "The caller's delivered notifications, newest first")
    List<NotificationService.NotificationView> list(CurrentUser user,
            @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "50") int size) {
        policy.club(user);
        return notifications.delivered(user.id(), unread, size);
    }

    @PostMapping("/api/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark one of the caller's notifications read")
    void read(CurrentUser user, @PathVariable UUID id) {
        notifications.markRead(user.id(), id);
    }

    record Unread(int unread) {
    }

    @GetMapping("/api/notifications/unread-count")
    @Operation(summary = "How many of the caller's delivered notifications are unread")
    Unread unread(CurrentUser user) {
        policy.club(user);
        return new Unread(notifications.unread(user.id()));
    }

    @PostMapping("/api/notifications/read-all")
    @Operation(summary = "Mark all of the caller's delivered notifications read; answers how many were unread")
    Unread readAll(CurrentUser user) {
        policy.club(user);
        return new Unread(notifications.markAllRead(user.id()));
    }

    @GetMapping("/api/notifications/preferences")
    @Operation(summary = "The caller's quiet hours and muted kinds")
    NotificationService.Preferences preferences(CurrentUser user) {
        return notifications.preferences(policy.club(user), user.id());
    }

    @PutMapping("/api/notifications/preferences")
    @Operation(summary = "Set quiet hours (routine notifications wait; urgent ones never do) and muted kinds")
    NotificationService.Preferences save(CurrentUser user, @Valid @RequestBody PreferencesRequest request) {
        return notifications.savePreferences(policy.club(user), user.id(), new NotificationService.Preferences(
                request.quietFrom(), request.quietTo(), request.timeZone(),
                orEmpty(request.mutedKinds()), orEmpty(request.emailMutedKinds()), orEmpty(request.pushMutedKinds())));
    }

    @GetMapping("/api/notifications/deliveries")
    @Operation(summary = "The caller's e-mail and push deliveries (pending, sent, or failed with the reason)")
    List<DeliveryQueue.DeliveryView> deliveries(CurrentUser user, @RequestParam(required = false) String status) {
        policy.club(user);
        return deliveries.of(user.id(), status);
    }

    private static List<String> orEmpty(List<String> kinds) {
        return kinds == null ? List.of() : kinds;
    }
}
