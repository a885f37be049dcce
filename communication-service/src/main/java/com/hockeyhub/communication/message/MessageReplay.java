package com.hockeyhub.communication.message;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.communication.realtime.MissedEvents;
import com.hockeyhub.communication.realtime.RealtimeEvent;
import org.springframework.stereotype.Component;

/** A reconnecting stream's catch-up: the messages of the person's conversations after the last one it saw. */
@Component
class MessageReplay implements MissedEvents {

    private final MessageService messages;

    MessageReplay(MessageService messages) {
        this.messages = messages;
    }

    @Override
    public List<RealtimeEvent> since(UUID userId, String lastEventId) {
        UUID last;
        try {
            last = UUID.fromString(lastEventId.strip());
        } catch (RuntimeException e) {
            return List.of();
        }
        return messages.after(userId, last).stream()
                .map(m -> new RealtimeEvent(List.of(userId), "message.created", m.id().toString(), m)).toList();
    }
}
