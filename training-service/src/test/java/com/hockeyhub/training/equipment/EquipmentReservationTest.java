package com.hockeyhub.training.equipment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EquipmentReservationTest extends TrainingApiTestBase {

    private static final Instant MONDAY = Instant.parse("2031-03-10T16:00:00Z");

    @LocalServerPort
    int port;

    private UUID item(Club club, String name) throws Exception {
        MvcResult result = post(club.trainer(), "{\"name\":\"%s\",\"category\":\"conditioning\",\"location\":\"Gym\"}"
                .formatted(name), "/api/equipment");
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(json(result).get("id").asString());
    }

    private static String slot(Instant from, Instant to) {
        return "{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"purpose\":\"Conditioning\"}".formatted(from, to);
    }

    private MvcResult reserve(String token, UUID item, Instant from, Instant to) throws Exception {
        return post(token, slot(from, to), "/api/equipment/{id}/reservations", item);
    }

    private static Instant at(long minutes) {
        return MONDAY.plus(Duration.ofMinutes(minutes));
    }

    private String equipmentManager(Club club) {
        return TestTokens.user(UUID.randomUUID()).organization(club.id).roles(Role.EQUIPMENT_MANAGER).bearer();
    }

    @Test
    void aReservationBlocksOverlapsUntilItIsReturnedOrCancelled() throws Exception {
        Club club = club();
        UUID bike = item(club, "Assault bike 1");
        MvcResult first = reserve(club.coach(), bike, at(0), at(60));
        assertThat(status(first)).as(first.getResponse().getContentAsString()).isEqualTo(201);
        String firstId = json(first).get("id").asString();
        assertThat(json(first).get("status").asString()).isEqualTo("reserved");

        MvcResult overlap = reserve(club.trainer(), bike, at(30), at(90));
        assertThat(status(overlap)).isEqualTo(409);
        assertThat(overlap.getResponse().getContentType()).contains("application/problem+json");
        assertThat(json(overlap).get("detail").asString()).contains(firstId).contains("Assault bike 1")
                .contains("equipment_reservations_no_overlap");
        MvcResult touching = reserve(club.trainer(), bike, at(60), at(120));
        assertThat(status(touching)).as("[) ranges touch").isEqualTo(201);
        assertThat(status(reserve(club.trainer(), item(club, "Assault bike 2"), at(30), at(90)))).isEqualTo(201);

        assertThat(status(post(club.coach(), "{}", "/api/equipment-reservations/{id}/check-in", firstId)))
                .isEqualTo(409);
        JsonNode out = json(post(equipmentManager(club), "{}", "/api/equipment-reservations/{id}/check-out",
                firstId));
        assertThat(out.get("status").asString()).isEqualTo("checked_out");
        assertThat(out.get("checkedOutAt").isNull()).isFalse();
        assertThat(status(post(club.coach(), "{}", "/api/equipment-reservations/{id}/check-out", firstId)))
                .isEqualTo(409);
        assertThat(status(post(club.coach(), "{}", "/api/equipment-reservations/{id}/cancel", firstId)))
                .isEqualTo(409);
        assertThat(status(reserve(club.trainer(), bike, at(10), at(20)))).as("still out").isEqualTo(409);
        assertThat(json(post(club.coach(), "{}", "/api/equipment-reservations/{id}/check-in", firstId))
                .get("status").asString()).isEqualTo("returned");
        MvcResult again = reserve(club.trainer(), bike, at(10), at(20));
        assertThat(status(again)).as("returned frees the slot").isEqualTo(201);

        String againId = json(again).get("id").asString();
        assertThat(status(post(club.coach(), "{}", "/api/equipment-reservations/{id}/cancel", againId)))
                .as("a coach cancels only their own").isEqualTo(403);
        assertThat(json(post(club.trainer(), "{}", "/api/equipment-reservations/{id}/cancel", againId))
                .get("status").asString()).isEqualTo("cancelled");
        MvcResult last = reserve(club.coach(), bike, at(0), at(30));
        assertThat(status(last)).as("cancelled frees the slot").isEqualTo(201);

        JsonNode list = json(get(club.coach(), "/api/equipment/{id}/reservations?from={f}&to={t}", bike, at(-60),
                at(180)));
        assertThat(list).hasSize(4);
        assertThat(list.get(0).get("startsAt").asString()).isEqualTo(at(0).toString());
        assertThat(status(delete(club.trainer(), "/api/equipment/{id}", bike))).as("active reservation")
                .isEqualTo(409);
        assertThat(status(post(club.coach(), "{}", "/api/equipment-reservations/{id}/cancel",
                json(last).get("id").asString()))).isEqualTo(200);
        assertThat(status(post(club.trainer(), "{}", "/api/equipment-reservations/{id}/cancel",
                json(touching).get("id").asString()))).isEqualTo(200);
        assertThat(status(delete(club.trainer(), "/api/equipment/{id}", bike))).isEqualTo(204);
        assertThat(status(get(club.trainer(), "/api/equipment/{id}", bike))).isEqualTo(404);
    }

    @Test
    void fiftyConcurrentRequestsForOneSlotLeaveOneWinner() throws Exception {
        Club club = club();
        UUID sled = item(club, "Power sled");
        String token = club.trainer();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                // overlapping but not identical slots: every pair overlaps
                String body = slot(at(i % 5 * 10), at(60 + i % 5 * 10));
                futures.add(pool.submit(() -> {
                    go.await();
                    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                    + "/api/equipment/" + sled + "/reservations"))
                            .header("Authorization", token).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            int created = 0;
            String winner = null;
            List<JsonNode> conflicts = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> response = f.get();
                JsonNode body = JsonMapper.shared().readTree(response.body());
                if (response.statusCode() == 201) {
                    created++;
                    winner = body.get("id").asString();
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
                    assertThat(response.headers().firstValue("Content-Type").orElse(""))
                            .contains("application/problem+json");
                    conflicts.add(body);
                }
            }
            assertThat(created).isEqualTo(1);
            assertThat(conflicts).hasSize(49);
            for (JsonNode conflict : conflicts) {
                assertThat(conflict.get("detail").asString()).contains("equipment_reservations_no_overlap")
                        .contains(winner);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM equipment_reservations WHERE item_id = ? AND status = 'reserved'",
                sled)).isEqualTo(1);
    }

    @Test
    void badReservationsAndItemsAreRefusedByName() throws Exception {
        Club club = club();
        UUID bike = item(club, "Bike");
        Object[][] cases = {
                {slot(at(60), at(0)), "endsAt"},
                {slot(at(60), at(60)), "endsAt"},
                {slot(at(0), at(15 * 24 * 60)), "endsAt"},
                {"{\"endsAt\":\"%s\"}".formatted(at(60)), "startsAt"},
                {"{\"startsAt\":\"yesterday\",\"endsAt\":\"%s\"}".formatted(at(60)), "startsAt"},
                {"{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"sessionId\":\"%s\"}".formatted(at(0), at(60),
                        UUID.randomUUID()), "sessionId"}};
        for (Object[] c : cases) {
            MvcResult r = post(club.trainer(), (String) c[0], "/api/equipment/{id}/reservations", bike);
            assertThat(status(r)).as((String) c[0]).isEqualTo(400);
            assertThat(field(r)).as((String) c[0]).isEqualTo(c[1]);
        }
        MvcResult blank = post(club.trainer(), "{\"name\":\" \"}", "/api/equipment");
        assertThat(status(blank)).isEqualTo(400);
        assertThat(field(blank)).isEqualTo("name");
        assertThat(status(post(club.trainer(), "{\"name\":\"BIKE\"}", "/api/equipment"))).isEqualTo(409);
        assertThat(status(post(club.coach(), "{\"name\":\"Rower\"}", "/api/equipment"))).isEqualTo(403);
        assertThat(status(post(equipmentManager(club), "{\"name\":\"Rower\"}", "/api/equipment"))).isEqualTo(201);
        assertThat(status(reserve(club.player(0), bike, at(0), at(60)))).isEqualTo(403);
        assertThat(status(get(club.player(0), "/api/equipment"))).isEqualTo(403);
        assertThat(status(reserve(null, bike, at(0), at(60)))).isEqualTo(401);
        assertThat(status(reserve(club.trainer(), UUID.randomUUID(), at(0), at(60)))).isEqualTo(404);
        assertThat(status(post(club.trainer(), "{}", "/api/equipment-reservations/{id}/check-out",
                UUID.randomUUID()))).isEqualTo(404);
        assertThat(field(get(club.trainer(), "/api/equipment/{id}/reservations?from={f}&to={t}", bike, at(60),
                at(0)))).isEqualTo("to");
        assertThat(count("SELECT count(*) FROM equipment_reservations WHERE item_id = ?", bike)).isZero();

        UUID session = session(club, club.team, 5);
        MvcResult forSession = post(club.coach(), "{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"sessionId\":\"%s\"}"
                .formatted(at(0), at(60), session), "/api/equipment/{id}/reservations", bike);
        assertThat(status(forSession)).isEqualTo(201);
        assertThat(json(forSession).get("sessionId").asString()).isEqualTo(session.toString());
        assertThat(status(delete(club.trainer(), "/api/equipment/{id}", bike))).as("active reservation")
                .isEqualTo(409);
    }

    @Test
    void anotherClubsEquipmentAndReservationsDoNotExistForTheCaller() throws Exception {
        Club club = club();
        UUID bike = item(club, "Bike");
        String reservation = json(reserve(club.trainer(), bike, at(0), at(60))).get("id").asString();
        Club other = club();
        UUID theirs = item(other, "Bike");
        assertThat(json(get(other.trainer(), "/api/equipment"))).hasSize(1);
        assertThat(json(get(other.trainer(), "/api/equipment")).at("/0/id").asString()).isEqualTo(theirs.toString());
        assertThat(status(get(other.trainer(), "/api/equipment/{id}", bike))).isEqualTo(404);
        assertThat(status(put(other.trainer(), "{\"name\":\"Mine\"}", "/api/equipment/{id}", bike))).isEqualTo(404);
        assertThat(status(reserve(other.trainer(), bike, at(120), at(180)))).isEqualTo(404);
        assertThat(status(get(other.trainer(), "/api/equipment/{id}/reservations", bike))).isEqualTo(404);
        assertThat(status(get(other.trainer(), "/api/equipment-reservations/{id}", reservation))).isEqualTo(404);
        assertThat(status(post(other.trainer(), "{}", "/api/equipment-reservations/{id}/check-out", reservation)))
                .isEqualTo(404);
        assertThat(status(post(other.trainer(), "{}", "/api/equipment-reservations/{id}/cancel", reservation)))
                .isEqualTo(404);
        assertThat(status(reserve(other.trainer(), theirs, at(0), at(60)))).as("their own item is free")
                .isEqualTo(201);
        assertThat(json(get(club.coach(), "/api/equipment-reservations/{id}", reservation)).get("status").asString())
                .isEqualTo("reserved");
    }
}
