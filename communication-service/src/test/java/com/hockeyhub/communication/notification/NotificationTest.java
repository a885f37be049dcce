package com.hockeyhub.communication.notification;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.hockeyhub.communication.CommunicationApiTestBase;
import com.hockeyhub.shared.api.calendar.CalendarEvents;
import com.hockeyhub.shared.api.medical.MedicalEvents;
import com.hockeyhub.shared.api.medical.MedicalEvents.InjuryChanged;
import com.hockeyhub.shared.api.payment.PaymentEvents.InvoiceChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NotificationTest extends CommunicationApiTestBase {

    @Autowired
    EventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    /** Quiet hours that are always on right now (the hour before now to the hour after), in UTC. */
    String alwaysQuiet() {
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        return "{\"quietFrom\":\"%s\",\"quietTo\":\"%s\",\"timeZone\":\"UTC\"}"
                .formatted(now.minusHours(1).withNano(0).withSecond(0), now.plusHours(1).withNano(0).withSecond(0));
    }

    int stored(UUID user) {
        return count("SELECT count(*) FROM notifications WHERE user_id = ?", user);
    }

    @Test
    void anInjuryReachesTheStaffAtOnceEvenInQuietHoursAndRoutineNoticesWait() throws Exception {
        Club club = club();
        assertThat(status(put(club.coach(), alwaysQuiet(), "/api/notifications/preferences"))).isEqualTo(200);
        transactions.executeWithoutResult(s -> events.publish(EventTypes.MEDICAL_INJURY_REPORTED, club.id,
                new InjuryChanged(UUID.randomUUID(), club.players.get(0), club.id, "knee", 3, "active",
                        LocalDate.now(), null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(club.coachId) == 1);
        JsonNode coach = json(get(club.coach(), "/api/notifications"));
        assertThat(coach).hasSize(1);
        assertThat(coach.get(0).get("priority").asString()).isEqualTo("urgent");
        assertThat(coach.get(0).get("body").asString()).doesNotContain("knee");
        assertThat(stored(club.players.get(1))).isZero();

        transactions.executeWithoutResult(s -> events.publish(EventTypes.PAYMENT_INVOICE_ISSUED, club.id,
                new InvoiceChanged(UUID.randomUUID(), club.id, "2026-0001", club.coachId, null, "issued", "Fee",
                        new BigDecimal("120.00"), BigDecimal.ZERO, new BigDecimal("120.00"), "EUR",
                        LocalDate.now().plusDays(30))));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(club.coachId) == 2);
        assertThat(json(get(club.coach(), "/api/notifications"))).hasSize(1); // the invoice waits for the morning
    }

    @Test
    void aNotificationIsReadOnceAndOnlyByItsOwner() throws Exception {
        Club club = club();
        awake(club.parentOf(0));
        transactions.executeWithoutResult(s -> events.publish(EventTypes.PAYMENT_INVOICE_ISSUED, club.id,
                new InvoiceChanged(UUID.randomUUID(), club.id, "2026-0002", club.parentId, club.players.get(0),
                        "issued", "Fee", new BigDecimal("80.00"), BigDecimal.ZERO, new BigDecimal("80.00"), "EUR",
                        LocalDate.now().plusDays(30))));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(club.parentId) == 1);
        JsonNode list = json(get(club.parentOf(0), "/api/notifications"));
        String id = list.get(0).get("id").asString();
        assertThat(status(post(club.player(0), "{}", "/api/notifications/{id}/read", id))).isEqualTo(404);
        assertThat(status(post(club.parentOf(0), "{}", "/api/notifications/{id}/read", id))).isEqualTo(204);
        assertThat(json(get(club.parentOf(0), "/api/notifications?unread=true"))).isEmpty();
        java.util.List<JsonNode> created = published(
                com.hockeyhub.shared.api.communication.CommunicationEvents.NOTIFICATION_CREATED, club.id);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).get("userId").asString()).isEqualTo(club.parentId.toString());
        assertThat(created.get(0).get("kind").asString()).isEqualTo("payment.invoice");
    }

    @Test
    void preferencesAreChecked() throws Exception {
        Club club = club();
        MvcResult zone = put(club.player(0), "{\"quietFrom\":\"22:00\",\"quietTo\":\"07:00\",\"timeZone\":\"Mars/Base\"}",
                "/api/notifications/preferences");
        assertThat(status(zone)).isEqualTo(400);
        assertThat(field(zone)).isEqualTo("timeZone");
        assertThat(field(put(club.player(0), "{\"quietTo\":\"07:00\",\"timeZone\":\"UTC\"}",
                "/api/notifications/preferences"))).isEqualTo("quietFrom");
        assertThat(status(put(club.player(0), "{\"quietFrom\":\"25:00\",\"quietTo\":\"07:00\",\"timeZone\":\"UTC\"}",
                "/api/notifications/preferences"))).isEqualTo(400);
        assertThat(json(get(club.player(0), "/api/notifications/preferences")).get("quietFrom").asString())
                .startsWith("22:00");
    }

    int stored(UUID user, String kind) {
        return count("SELECT count(*) FROM notifications WHERE user_id = ? AND kind = ?", user, kind);
    }

    @Test
    void teamEventChangesAvailabilityAndMembershipReachTheRightPeople() throws Exception {
        Club club = club();
        awake(club.player(0));
        awake(club.coach());
        java.time.Instant start = java.time.Instant.now().plus(Duration.ofDays(1));
        transactions.executeWithoutResult(s -> events.publish(EventTypes.CALENDAR_EVENT_CANCELLED, club.id,
                new CalendarEvents.EventChanged(UUID.randomUUID(), club.id, club.team, null, "Morning practice",
                        "training", "cancelled", "team", start, start.plus(Duration.ofHours(1)), "Rink 1",
                        club.coachId, "Ice maintenance")));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(club.players.get(2), "calendar.change") == 1);
        assertThat(stored(club.players.get(0), "calendar.change")).isEqualTo(1);
        assertThat(stored(club.coachId, "calendar.change")).isZero(); // the organizer
        assertThat(stored(club.otherPlayer, "calendar.change")).isZero(); // another team
        JsonNode mine = json(get(club.player(0), "/api/notifications"));
        assertThat(mine.get(0).get("title").asString()).isEqualTo("Cancelled: Morning practice");
        assertThat(json(get(club.player(0), "/api/notifications/unread-count")).get("unread").asInt()).isEqualTo(1);
        assertThat(json(post(club.player(0), "{}", "/api/notifications/read-all")).get("unread").asInt()).isEqualTo(1);
        assertThat(json(get(club.player(0), "/api/notifications/unread-count")).get("unread").asInt()).isZero();

        transactions.executeWithoutResult(s -> events.publish(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, club.id,
                new MedicalEvents.PlayerStatusChanged(club.players.get(1), club.id, "load_management", "available",
                        LocalDate.now(), null, 0.6)));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(club.coachId, "medical.status") == 1);
        assertThat(stored(club.players.get(0), "medical.status")).isZero();
        assertThat(stored(club.players.get(1), "medical.status")).isZero();

        transactions.executeWithoutResult(s -> events.publish(EventTypes.PAYMENT_INVOICE_OVERDUE, club.id,
                new InvoiceChanged(UUID.randomUUID(), club.id, "2026-0099", club.players.get(0), null, "overdue",
                        "Fee", new BigDecimal("50.00"), BigDecimal.ZERO, new BigDecimal("50.00"), "EUR",
                        LocalDate.now().minusDays(3))));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(club.players.get(0), "payment.overdue") == 1);
        assertThat(json(get(club.player(0), "/api/notifications/unread-count")).get("unread").asInt()).isEqualTo(1);
        assertThat(status(get(null, "/api/notifications/unread-count"))).isEqualTo(401);
    }
}
