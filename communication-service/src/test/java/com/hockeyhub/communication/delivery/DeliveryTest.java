package com.hockeyhub.communication.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.communication.CommunicationApiTestBase;
import com.hockeyhub.shared.test.TestMail;
import com.hockeyhub.shared.roster.RosterPerson;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** E-mail through a real SMTP server (GreenMail), push through the logging adapter, the queue's retries. */
class DeliveryTest extends CommunicationApiTestBase {

    @Autowired
    DeliveryQueue queue;

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    void preferences(String token, boolean quietNow, String emailMuted) throws Exception {
        LocalTime now = LocalTime.now(ZoneOffset.UTC).withNano(0).withSecond(0);
        LocalTime from = quietNow ? now.minusHours(1) : now.plusHours(3);
        LocalTime to = quietNow ? now.plusHours(1) : now.plusHours(4);
        MvcResult result = put(token, "{\"quietFrom\":\"%s\",\"quietTo\":\"%s\",\"timeZone\":\"UTC\",\"emailMutedKinds\":[%s]}"
                .formatted(from, to, emailMuted), "/api/notifications/preferences");
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    String broadcast(Club club, String title, String priority) throws Exception {
        String id = json(post(club.coach(), """
                {"scope":"team","teamId":"%s","title":"%s","body":"Details inside.","priority":"%s"}"""
                .formatted(club.team, title, priority), "/api/broadcasts")).get("id").asString();
        assertThat(status(post(club.coach(), "{}", "/api/broadcasts/{id}/send", id))).isEqualTo(200);
        return id;
    }

    JsonNode emailDelivery(String token) throws Exception {
        for (JsonNode d : json(get(token, "/api/notifications/deliveries"))) {
            if (d.get("channel").asString().equals("email")) {
                return d;
            }
        }
        throw new AssertionError("no e-mail delivery");
    }

    @Test
    void aNotificationIsMailedOnceAndPushedAndMutedKindsAreNotMailed() throws Exception {
        Club club = club();
        preferences(club.player(0), false, "");
        preferences(club.player(1), false, "\"broadcast\"");
        broadcast(club, "Team photo on Friday", "normal");
        String address = club.players.get(0) + "@example.test";
        queue.deliverDue(Instant.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 1);
        queue.deliverDue(Instant.now().plus(Duration.ofDays(1)));
        assertThat(mailTo(address)).hasSize(1);
        assertThat(mailTo(address).get(0).getSubject()).isEqualTo("Team photo on Friday");
        assertThat(emailDelivery(club.player(0)).get("status").asString()).isEqualTo("sent");
        assertThat(json(get(club.player(0), "/api/notifications/deliveries?status=sent")).findValuesAsString("channel"))
                .containsExactlyInAnyOrder("email", "push");
        assertThat(mailTo(club.players.get(1) + "@example.test")).isEmpty();
        assertThat(json(get(club.player(1), "/api/notifications/deliveries")).findValuesAsString("channel"))
                .containsExactly("push");
        assertThat(field(get(club.player(0), "/api/notifications/deliveries?status=lost"))).isEqualTo("status");
        assertThat(json(get(club().player(0), "/api/notifications/deliveries"))).isEmpty();
    }

    @Test
    void quietHoursDeferRoutineEmailButNotUrgent() throws Exception {
        Club club = club();
        preferences(club.player(2), true, "");
        String address = club.players.get(2) + "@example.test";
        broadcast(club, "Parking lot closed", "normal");
        queue.deliverDue(Instant.now());
        JsonNode deferred = emailDelivery(club.player(2));
        assertThat(deferred.get("status").asString()).isEqualTo("pending");
        assertThat(Instant.parse(deferred.get("nextAttemptAt").asString())).isAfter(Instant.now());
        assertThat(mailTo(address)).isEmpty();

        broadcast(club, "Game cancelled tonight", "urgent");
        queue.deliverDue(Instant.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() == 1);
        assertThat(mailTo(address).get(0).getSubject()).isEqualTo("[Urgent] Game cancelled tonight");
    }

    @Test
    void aFailingDeliveryIsRetriedWithBackOffAndThenStaysFailedWithItsReason() throws Exception {
        Club club = club();
        UUID player = club.players.get(0);
        roster.savePerson(new RosterPerson(player, club.id, "not an address@@", "Test", "Player", List.of("player"),
                true), true);
        preferences(club.player(0), false, "");
        // before the broadcast: the job of this instance may take the first attempt, never earlier than this
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // the database's precision
        broadcast(club, "Ice time moved", "normal");
        // the delivery is queued by the notification's event handler, asynchronously: attempt once it is there (the
        // instance's own job may take that attempt)
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            queue.deliverDue(Instant.now());
            JsonNode delivery = emailDelivery(club.player(0));
            return delivery.get("attempts") != null && delivery.get("attempts").asInt() > 0;
        });
        JsonNode first = emailDelivery(club.player(0));
        assertThat(first.get("status").asString()).isEqualTo("pending");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);
        assertThat(first.get("lastError").asString()).isNotBlank();
        Instant retry = Instant.parse(first.get("nextAttemptAt").asString());
        assertThat(retry).isAfterOrEqualTo(now.plus(Duration.ofMinutes(1)));

        queue.deliverDue(retry.minusSeconds(1)); // not yet due
        assertThat(emailDelivery(club.player(0)).get("attempts").asInt()).isEqualTo(1);
        for (int day = 1; day <= 4; day++) {
            queue.deliverDue(now.plus(Duration.ofDays(day)));
        }
        JsonNode failed = emailDelivery(club.player(0));
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(5);
        assertThat(failed.get("lastError").asString()).isNotBlank();
        assertThat(json(get(club.player(0), "/api/notifications/deliveries?status=failed")).findValuesAsString("channel"))
                .containsExactly("email");
    }
}
