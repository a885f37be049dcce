package com.hockeyhub.communication.broadcast;

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
@Tag(name = "Broadcasts", description = "Announcements of a team's staff to the team, or of club admins to the club")
class BroadcastController {

    private final BroadcastService broadcasts;

    BroadcastController(BroadcastService broadcasts) {
        this.broadcasts = broadcasts;
    }

    @PostMapping("/api/broadcasts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a broadcast: a draft, or scheduled when scheduledAt is given")
    BroadcastViews.BroadcastView create(CurrentUser user, @Valid @RequestBody BroadcastViews.NewBroadcast request) {
        return broadcasts.create(request, user);
    }

    @GetMapping("/api/broadcasts")
    @Operation(summary = "The broadcasts the caller wrote, newest first, with their counts")
    List<BroadcastViews.BroadcastView> mine(CurrentUser user) {
        return broadcasts.mine(user);
    }

    @GetMapping("/api/broadcasts/received")
    @Operation(summary = "The broadcasts the caller received, newest first")
    List<BroadcastViews.ReceivedView> received(CurrentUser user) {
        return broadcasts.received(user);
    }

    @GetMapping("/api/broadcasts/{id}")
    @Operation(summary = "A broadcast with its delivered / read / acknowledged counts (its sender and club admins)")
    BroadcastViews.BroadcastView get(CurrentUser user, @PathVariable UUID id) {
        return broadcasts.get(id, user);
    }

    @PostMapping("/api/broadcasts/{id}/send")
    @Operation(summary = "Send a draft or scheduled broadcast now (its sender)")
    BroadcastViews.BroadcastView send(CurrentUser user, @PathVariable UUID id) {
        return broadcasts.send(id, user);
    }

    @PostMapping("/api/broadcasts/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a received broadcast read")
    void read(CurrentUser user, @PathVariable UUID id) {
        broadcasts.read(id, user, false);
    }

    @PostMapping("/api/broadcasts/{id}/acknowledge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Acknowledge a received broadcast (read as well)")
    void acknowledge(CurrentUser user, @PathVariable UUID id) {
        broadcasts.read(id, user, true);
    }
}
