package com.hockeyhub.communication.message;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.communication.conversation.ConversationService;
import com.hockeyhub.communication.conversation.ParticipantRole;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Messages of a conversation: only its active participants read and post. */
@Service
public class MessageService {

    private static final int MAX_PAGE = 100;

    private final MessageRepository messages;
    private final ConversationService conversations;
    private final Clock clock = Clock.systemUTC();

    MessageService(MessageRepository messages, ConversationService conversations) {
        this.messages = messages;
        this.conversations = conversations;
    }

    @Transactional
    public MessageViews.MessageView post(UUID conversationId, String body, CurrentUser user) {
        ConversationService.Membership membership = conversations.requireActive(conversationId, user);
        Message message = messages.saveAndFlush(new Message(membership.conversation().getOrganizationId(),
                conversationId, user.id(), body.strip()));
        conversations.markRead(conversationId, user);
        conversations.evict(conversations.activeParticipants(conversationId));
        return MessageViews.MessageView.of(message);
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
        List<MessageViews.MessageView> page = rows.stream().limit(size).map(MessageViews.MessageView::of).toList();
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
        message.edit(body.strip(), clock.instant());
        return MessageViews.MessageView.of(messages.saveAndFlush(message));
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
        conversations.evict(conversations.activeParticipants(message.getConversationId()));
    }

    private Message require(UUID messageId, CurrentUser user) {
        Message message = messages.findById(messageId)
                .filter(m -> m.belongsTo(user.organizationId()))
                .orElseThrow(() -> new NotFoundException("Message", messageId));
        conversations.requireActive(message.getConversationId(), user);
        return message;
    }
}
