package com.hockeyhub.communication.notification;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Default quiet hours ({@code hockeyhub.communication.*}); each user may set their own. */
@ConfigurationProperties("hockeyhub.communication")
public record CommunicationProperties(LocalTime quietFrom, LocalTime quietTo, ZoneId timeZone) {

    public CommunicationProperties {
        quietFrom = quietFrom == null ? LocalTime.of(22, 0) : quietFrom;
        quietTo = quietTo == null ? LocalTime.of(7, 0) : quietTo;
        timeZone = timeZone == null ? ZoneId.of("Europe/Helsinki") : timeZone;
    }
}
