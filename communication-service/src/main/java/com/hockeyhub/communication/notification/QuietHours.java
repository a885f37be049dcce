package com.hockeyhub.communication.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a routine notification may be delivered: now, unless it is within the user's quiet hours (which may span
 * midnight), then at their end. Urgent notifications never wait.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    public Instant deliveryTime(Instant now, Priority priority) {
        if (priority == Priority.URGENT || from.equals(to)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = from.isAfter(to);
        boolean quiet = spansMidnight ? !time.isBefore(from) || time.isBefore(to)
                : !time.isBefore(from) && time.isBefore(to);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(to);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
