package com.hockeyhub.communication.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import com.hockeyhub.shared.settings.EffectiveSettings;
import com.hockeyhub.shared.settings.SettingsSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The quiet hours and time zone of a person who set none of their own: their club's {@code notifications.quiet_hours}
 * and {@code club.timezone} in admin-service (read through shared-lib's {@link EffectiveSettings}: cached in this
 * process until admin-service publishes {@code config.changed} for the club), else {@code hockeyhub.communication.*}
 * (the same values as admin-service's system defaults) while admin-service cannot answer. An unavailable
 * admin-service never fails a notification: it is logged once, and asked again after {@link #RETRY_AFTER} rather than
 * once per recipient.
 */
@Component
class ClubNotificationDefaults {

    static final String QUIET_HOURS = "notifications.quiet_hours";
    static final String TIME_ZONE = "club.timezone";
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ClubNotificationDefaults.class);

    record Defaults(LocalTime quietFrom, LocalTime quietTo, ZoneId timeZone) {
    }

    private final EffectiveSettings settings;
    private final Defaults fallback;
    private final Duration retryAfter;
    private final LongSupplier nanoTime;
    private final AtomicBoolean unavailable = new AtomicBoolean();
    private volatile long retryAtNanos;

    @Autowired
    ClubNotificationDefaults(EffectiveSettings settings, CommunicationProperties properties) {
        this(settings, properties, RETRY_AFTER, System::nanoTime);
    }

    ClubNotificationDefaults(EffectiveSettings settings, CommunicationProperties properties, Duration retryAfter,
            LongSupplier nanoTime) {
        this.settings = settings;
        this.fallback = new Defaults(properties.quietFrom(), properties.quietTo(), properties.timeZone());
        this.retryAfter = retryAfter;
        this.nanoTime = nanoTime;
        this.retryAtNanos = nanoTime.getAsLong();
    }

    Defaults of(UUID organizationId) {
        if (organizationId == null || (unavailable.get() && nanoTime.getAsLong() - retryAtNanos < 0)) {
            return fallback;
        }
        Map<String, JsonNode> values;
        try {
            values = settings.all(SettingsSubject.club(organizationId));
        } catch (RuntimeException e) {
            retryAtNanos = nanoTime.getAsLong() + retryAfter.toNanos();
            if (unavailable.compareAndSet(false, true)) {
                log.warn("admin-service cannot answer the club settings ({}): notifications use the configured "
                        + "quiet hours {}-{} ({}) until it does", e.getMessage(), fallback.quietFrom(),
                        fallback.quietTo(), fallback.timeZone());
            }
            return fallback;
        }
        if (unavailable.compareAndSet(true, false)) {
            log.info("admin-service answers again: notifications use the clubs' quiet hours");
        }
        JsonNode quiet = values.get(QUIET_HOURS);
        return new Defaults(time(quiet, "from", fallback.quietFrom()), time(quiet, "to", fallback.quietTo()),
                zone(values.get(TIME_ZONE)));
    }

    private static LocalTime time(JsonNode quietHours, String field, LocalTime otherwise) {
        if (quietHours == null || !quietHours.path(field).isString()) {
            return otherwise;
        }
        try {
            return LocalTime.parse(quietHours.path(field).asString());
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    private ZoneId zone(JsonNode value) {
        if (value == null || !value.isString()) {
            return fallback.timeZone();
        }
        try {
            return ZoneId.of(value.asString());
        } catch (RuntimeException e) {
            return fallback.timeZone();
        }
    }
}
