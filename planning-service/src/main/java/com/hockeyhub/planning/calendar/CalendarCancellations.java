package com.hockeyhub.planning.calendar;

import com.hockeyhub.planning.practice.PracticeService;
import com.hockeyhub.planning.strategy.GameStrategyService;
import com.hockeyhub.shared.api.calendar.CalendarEvents.EventChanged;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * calendar-service's {@code calendar.event.cancelled}: the practice planned for that event is cancelled, a game's
 * strategy becomes read-only. The inbox
 * handles each event once; a redelivery or a second cancellation finds the practice cancelled and changes nothing.
 */
@Component
class CalendarCancellations {

    private static final Logger log = LoggerFactory.getLogger(CalendarCancellations.class);

    private final PracticeService practices;
    private final GameStrategyService strategies;

    CalendarCancellations(PracticeService practices, GameStrategyService strategies) {
        this.practices = practices;
        this.strategies = strategies;
    }

    @EventHandler(type = EventTypes.CALENDAR_EVENT_CANCELLED, name = "calendar-event-cancelled")
    void cancelled(EventChanged event) {
        if (event.eventId() == null || event.organizationId() == null) {
            return;
        }
        int practicesCancelled = practices.cancelForCalendarEvent(event.eventId(), event.organizationId(),
                event.cancelReason());
        int strategiesCancelled = strategies.cancelForCalendarEvent(event.eventId(), event.organizationId());
        if (practicesCancelled + strategiesCancelled > 0) {
            log.info("Calendar event {} cancelled: {} practice plan(s), {} game strategy(ies) cancelled",
                    event.eventId(), practicesCancelled, strategiesCancelled);
        }
    }
}
