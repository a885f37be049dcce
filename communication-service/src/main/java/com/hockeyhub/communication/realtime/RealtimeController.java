package com.hockeyhub.communication.realtime;

import com.hockeyhub.communication.access.CommunicationAccessPolicy;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Real time", description = "Server-Sent Events of the caller's conversations and notifications")
class RealtimeController {

    private final RealtimeHub hub;
    private final MissedEvents missed;
    private final CommunicationAccessPolicy policy;

    RealtimeController(RealtimeHub hub, MissedEvents missed, CommunicationAccessPolicy policy) {
        this.hub = hub;
        this.missed = missed;
        this.policy = policy;
    }

    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The caller's event stream: ready, then message.created / message.edited / message.deleted / "
            + "receipt.updated / notification.created; Last-Event-ID (a message id) replays the messages missed")
    SseEmitter stream(CurrentUser user, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            HttpServletResponse response) {
        policy.club(user);
        // the compose gateway and ingress-nginx would otherwise buffer the stream and deliver nothing until it ends
        response.setHeader("X-Accel-Buffering", "no");
        return hub.open(user.id(), lastEventId == null ? java.util.List.of() : missed.since(user.id(), lastEventId));
    }
}
