package com.hockeyhub.communication.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Europe/Helsinki"));

    @Test
    void routineNotificationsWaitForTheMorningAndUrgentOnesNever() {
        Instant threeAm = Instant.parse("2026-12-03T01:00:00Z"); // 03:00 in Helsinki
        assertThat(night.deliveryTime(threeAm, Priority.NORMAL)).isEqualTo(Instant.parse("2026-12-03T05:00:00Z"));
        assertThat(night.deliveryTime(threeAm, Priority.URGENT)).isEqualTo(threeAm);
        Instant elevenPm = Instant.parse("2026-12-03T21:00:00Z"); // 23:00: until 07:00 the next day
        assertThat(night.deliveryTime(elevenPm, Priority.NORMAL)).isEqualTo(Instant.parse("2026-12-04T05:00:00Z"));
        Instant noon = Instant.parse("2026-12-03T10:00:00Z");
        assertThat(night.deliveryTime(noon, Priority.NORMAL)).isEqualTo(noon);
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), ZoneId.of("UTC"));
        assertThat(lunch.deliveryTime(Instant.parse("2026-12-03T12:30:00Z"), Priority.NORMAL))
                .isEqualTo(Instant.parse("2026-12-03T13:00:00Z"));
    }
}
