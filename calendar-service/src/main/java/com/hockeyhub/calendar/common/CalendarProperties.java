package com.hockeyhub.calendar.common;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hockeyhub.calendar.*}: time zone, range and expansion bounds, reminder job and feed settings. */
@ConfigurationProperties("hockeyhub.calendar")
public record CalendarProperties(ZoneId defaultTimeZone, int maxRangeDays, int maxOccurrences, Reminders reminders,
                                 Feeds feeds) {

    public CalendarProperties {
        defaultTimeZone = defaultTimeZone == null ? ZoneId.of("Europe/Stockholm") : defaultTimeZone;
        maxRangeDays = maxRangeDays <= 0 ? 366 : maxRangeDays;
        maxOccurrences = maxOccurrences <= 0 ? 500 : maxOccurrences;
        reminders = reminders == null ? new Reminders(Duration.ofSeconds(30), 500) : reminders;
        feeds = feeds == null ? new Feeds("http://localhost:8083", 90, 400) : feeds;
    }

    public record Reminders(Duration interval, int batchSize) {
    }

    public record Feeds(String baseUrl, int pastDays, int futureDays) {
    }
}
