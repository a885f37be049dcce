package com.hockeyhub.communication.conversation;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Conversations", description = "Direct, group and team conversations; only participants read and post")
class ConversationController {

    private final ConversationService conversations;

    ConversationController(ConversationService conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/api/conversations")
    @Operation(summary = "The caller's conversations, newest activity first, with unread counts")
    ConversationViews.Inbox inbox(CurrentUser user) {
        return conversations.inbox(user);
    }

    @PostMapping("/api/conversations")
    @Operation(summary = "Start a conversation",
            description = "direct: exactly one other person (the existing conversation of the pair answers 200); "
                    + "group: a title and the people; team: the team's staff or a club admin, members from the roster.")
    ResponseEntity<ConversationViews.ConversationView> create(CurrentUser user,
            @Valid @RequestBody ConversationViews.NewConversation request) {
        ConversationViews.ConversationView view = conversations.create(request, user);
        return ResponseEntity.status(view.created() ? HttpStatus.CREATED : HttpStatus.OK).body(view);
    }

    @GetMapping("/api/conversations/{id}")
    @Operation(summary = "A conversation and its people (participants only)")
    ConversationViews.ConversationView get(CurrentUser user, @PathVariable UUID id) {
        return conversations.get(id, user);
    }

    @PostMapping("/api/conversations/{id}/participants")
    @Operation(summary = "Add people to a group (its admins)")
    ConversationViews.ConversationView add(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ConversationViews.People people) {
        return conversations.add(id, people.userIds(), user);
    }

    @PostMapping("/api/conversations/{id}/leave")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Leave a conversation (not a team's: it follows the roster)")
    void leave(CurrentUser user, @PathVariable UUID id) {
        conversations.leave(id, user);
    }

    @PostMapping("/api/conversations/{id}/mute")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mute or unmute a conversation for the caller")
    void mute(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ConversationViews.Mute mute) {
        conversations.mute(id, mute.muted(), user);
    }

    @PostMapping("/api/conversations/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark the conversation read: up to the message upTo, or everything")
    void read(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID upTo) {
        conversations.markRead(id, upTo, user);
    }

    @GetMapping("/api/conversations/{id}/receipts")
    @Operation(summary = "Read receipts: which message each participant has read up to")
    java.util.List<ConversationViews.Receipt> receipts(CurrentUser user, @PathVariable UUID id) {
        return conversations.receipts(id, user);
    }
}
