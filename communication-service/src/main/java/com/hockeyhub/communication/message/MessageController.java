package com.hockeyhub.communication.message;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Messages", description = "Messages of a conversation (its active participants)")
class MessageController {

    private final MessageService messages;

    MessageController(MessageService messages) {
        this.messages = messages;
    }

    @GetMapping("/api/conversations/{id}/messages")
    @Operation(summary = "Messages, newest first; before: the previous page's next cursor")
    MessageViews.Page page(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String before,
            @RequestParam(defaultValue = "50") int size) {
        return messages.page(id, before, size, user);
    }

    @PostMapping("/api/conversations/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a message (1–4000 characters)")
    MessageViews.MessageView post(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody MessageViews.NewMessage message) {
        return messages.post(id, message, user);
    }

    @PatchMapping("/api/messages/{id}")
    @Operation(summary = "Edit one's own message within 15 minutes of sending")
    MessageViews.MessageView edit(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody MessageViews.NewMessage message) {
        return messages.edit(id, message.body(), user);
    }

    @DeleteMapping("/api/messages/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a message (its sender or the conversation's admins)")
    void delete(CurrentUser user, @PathVariable UUID id) {
        messages.delete(id, user);
    }

    @PostMapping("/api/messages/{id}/reactions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "React to a message (once per emoji; a second identical reaction is a conflict)")
    MessageViews.MessageView react(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody MessageViews.NewReaction reaction) {
        return messages.react(id, reaction.emoji(), user);
    }

    @DeleteMapping("/api/messages/{id}/reactions/{emoji}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take one's reaction back")
    void unreact(CurrentUser user, @PathVariable UUID id, @PathVariable String emoji) {
        messages.unreact(id, emoji, user);
    }

    @PutMapping("/api/messages/{id}/pin")
    @Operation(summary = "Pin or unpin a message (the conversation's admins; in a direct conversation either person)")
    MessageViews.MessageView pin(CurrentUser user, @PathVariable UUID id, @RequestBody MessageViews.Pin pin) {
        return messages.pin(id, pin.pinned(), user);
    }

    @GetMapping("/api/conversations/{id}/pins")
    @Operation(summary = "The conversation's pinned messages, last pinned first")
    java.util.List<MessageViews.MessageView> pins(CurrentUser user, @PathVariable UUID id) {
        return messages.pinned(id, user);
    }

    @GetMapping("/api/messages/search")
    @Operation(summary = "Full-text search over the caller's conversations (words, \"phrases\", -excluded), newest first")
    java.util.List<MessageViews.MessageView> search(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "20") int size) {
        return messages.search(q, size, user);
    }
}
