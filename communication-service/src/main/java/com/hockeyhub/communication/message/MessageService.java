package com.hockeyhub.communication.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.communication.conversation.ConversationService;
import com.hockeyhub.communication.conversation.ConversationType;
import com.hockeyhub.communication.conversation.ParticipantRole;
import com.hockeyhub.communication.realtime.RealtimeHub;
import com.hockeyhub.shared.api.communication.CommunicationEvents;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages of a conversation: only its active participants read, post, react and pin. Its sender edits a message
 * within 15 minutes; its sender or a conversation admin deletes it (softly). Replies name a message of the same
 * conversation. Pins: the conversation's admins (in a direct conversation, either person).
 */
@Service
public class MessageService {

    private static final int MAX_PAGE = 100;
    static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    private final MessageRepository messages;
    private final ConversationService conversations;
    private final Reactions reactions;
    private final MessageSearch search;
    private final RealtimeHub realtime;
    private final EventPublisher events;
    private final Clock clock = Clock.systemUTC();

    MessageService(MessageRepository messages, ConversationService conversations, Reactions reactions,
            MessageSearch search, RealtimeHub realtime, EventPublisher events) {
        this.messages = messages;
        this.conversations = conversations;
        this.reactions = reactions;
        this.search = search;
        this.realtime = realtime;
        this.events = events;
    }

    @Transactional
    public MessageViews.MessageView post(UUID conversationId, MessageViews.NewMessage request, CurrentUser user) {
        ConversationService.Membership membership = conversations.requireActive(conversationId, user);
        if (request.replyToId() != null && messages.findById(request.replyToId())
                .filter(m -> m.getConversationId().equals(conversationId)).isEmpty()) {
            throw new InvalidRequestException("replyToId", "is not a message of this conversation");
        }
        Message message = messages.saveAndFlush(new Message(membership.conversation().getOrganizationId(),
                conversationId, user.id(), request.body().strip(), request.replyToId()));
        List<UUID> participants = conversations.activeParticipants(conversationId);
        conversations.evictInboxesOf(membership.conversation());
        MessageViews.MessageView view = MessageViews.MessageView.of(message, List.of());
        realtime.push(participants, "message.created", message.getId().toString(), view);
        events.publish(CommunicationEvents.MESSAGE_SENT, message.getOrganizationId(),
                new CommunicationEvents.MessageSent(message.getId(), conversationId, message.getOrganizationId(),
                        user.id(), participants.stream().filter(p -> !p.equals(user.id())).toList(),
                        message.getCreatedAt()));
        conversations.markSent(membership, message.getId(), message.getCreatedAt()); // last: see markSent
        return view;
    }

    @Transactional(readOnly = true)
    public MessageViews.Page page(UUID conversationId, String before, int size, CurrentUser user) {
        conversations.requireActive(conversationId, user);
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_PAGE);
        }
        MessageViews.Cursor cursor = MessageViews.Cursor.decode(before);
        List<Message> rows = cursor == null ? messages.newest(conversationId, Limit.of(size + 1))
                : messages.before(conversationId, cursor.createdAt(), cursor.id(), Limit.of(size + 1));
        List<MessageViews.MessageView> page = views(rows.stream().limit(size).toList());
        String next = null;
        if (rows.size() > size) {
            MessageViews.MessageView last = page.get(size - 1);
            next = new MessageViews.Cursor(last.createdAt(), last.id()).encode();
        }
        return new MessageViews.Page(page, next);
    }

    @Transactional
    public MessageViews.MessageView edit(UUID messageId, String body, CurrentUser user) {
        Message message = require(messageId, user);
        if (!message.getSenderId().equals(user.id())) {
            throw new ForbiddenException("Only its sender edits a message");
        }
        Instant now = clock.instant();
        if (now.isAfter(message.getCreatedAt().plus(EDIT_WINDOW))) {
            throw new ConflictException("A message is edited within 15 minutes of sending");
        }
        message.edit(body.strip(), now);
        MessageViews.MessageView view = view(messages.saveAndFlush(message));
        realtime.push(conversations.activeParticipants(message.getConversationId()), "message.edited", null, view);
        return view;
    }

    @Transactional
    public void delete(UUID messageId, CurrentUser user) {
        Message message = require(messageId, user);
        ConversationService.Membership membership = conversations.requireActive(message.getConversationId(), user);
        if (!message.getSenderId().equals(user.id())
                && membership.participant().getRole() != ParticipantRole.ADMIN) {
            throw new ForbiddenException("Only its sender or the conversation's admins delete a message");
        }
        messages.delete(message);
        List<UUID> participants = conversations.activeParticipants(message.getConversationId());
        conversations.evictInboxesOf(membership.conversation());
        realtime.push(participants, "message.deleted", null,
                Map.of("id", message.getId(), "conversationId", message.getConversationId()));
    }

    /** One reaction per person, message and emoji: a second identical one is a conflict (also when concurrent). */
    @Transactional
    public MessageViews.MessageView react(UUID messageId, String emoji, CurrentUser user) {
        Message message = require(messageId, user);
        if (!reactions.add(message.getOrganizationId(), messageId, user.id(), emoji, clock.instant())) {
            throw new ConflictException("You already reacted with " + emoji);
        }
        return view(message);
    }

    @Transactional
    public void unreact(UUID messageId, String emoji, CurrentUser user) {
        require(messageId, user);
        if (!reactions.remove(messageId, user.id(), emoji)) {
            throw new NotFoundException("Reaction", emoji);
        }
    }

    @Transactional
    public MessageViews.MessageView pin(UUID messageId, boolean pinned, CurrentUser user) {
        Message message = require(messageId, user);
        ConversationService.Membership membership = conversations.requireActive(message.getConversationId(), user);
        if (membership.conversation().getType() != ConversationType.DIRECT
                && membership.participant().getRole() != ParticipantRole.ADMIN) {
            throw new ForbiddenException("Only the conversation's admins pin messages");
        }
        if (pinned) {
            message.pin(user.id(), clock.instant());
        } else {
            message.unpin();
        }
        return view(messages.saveAndFlush(message));
    }

    @Transactional(readOnly = true)
    public List<MessageViews.MessageView> pinned(UUID conversationId, CurrentUser user) {
        conversations.requireActive(conversationId, user);
        return views(messages.pinned(conversationId));
    }

    /** Full-text search over the caller's conversations only, newest first. */
    @Transactional(readOnly = true)
    public List<MessageViews.MessageView> search(String query, int size, CurrentUser user) {
        UUID club = conversations.requireClub(user);
        if (query == null || query.isBlank() || query.length() > 200) {
            throw new InvalidRequestException("q", "must be 1 to 200 characters");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_PAGE);
        }
        return views(search.search(user.id(), club, query.strip(), size));
    }

    /** What a reconnecting client missed since the message it saw last (its Last-Event-ID). */
    @Transactional(readOnly = true)
    public List<MessageViews.MessageView> after(UUID userId, UUID lastSeen) {
        return views(messages.after(userId, lastSeen));
    }

    private MessageViews.MessageView view(Message message) {
        return views(List.of(message)).get(0);
    }

    private List<MessageViews.MessageView> views(List<Message> rows) {
        Map<UUID, List<MessageViews.ReactionView>> byMessage = reactions.of(rows.stream().map(Message::getId).toList());
        return rows.stream().map(m -> MessageViews.MessageView.of(m, byMessage.get(m.getId()))).toList();
    }

    private Message require(UUID messageId, CurrentUser user) {
        Message message = messages.findById(messageId)
                .filter(m -> m.belongsTo(user.organizationId()))
                .orElseThrow(() -> new NotFoundException("Message", messageId));
        conversations.requireActive(message.getConversationId(), user);
        return message;
    }
}
