package com.hockeyhub.communication.realtime;

import java.util.List;
import java.util.UUID;

/** What a client reconnecting with a Last-Event-ID missed (implemented where the messages are). */
public interface MissedEvents {

    /** The events after {@code lastEventId} for {@code userId}, oldest first (empty when the id is unknown). */
    List<RealtimeEvent> since(UUID userId, String lastEventId);
}
