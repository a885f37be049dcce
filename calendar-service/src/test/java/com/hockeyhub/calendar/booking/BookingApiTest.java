package com.hockeyhub.calendar.booking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class BookingApiTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcRoster roster;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    Api api;
    Club club;
    /** next week's Wednesday, so opening hours are predictable */
    LocalDate wednesday;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        club = new Club().register(roster);
        wednesday = LocalDate.now(STOCKHOLM).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    }

    Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(STOCKHOLM).toInstant();
    }

    UUID rink(boolean requiresApproval) {
        Response created = api.post(club.equipmentManager(), Map.of("name", "Rink " + UUID.randomUUID(),
                "type", "ice_rink", "capacity", 40, "hourlyRate", "1500.00", "requiresApproval", requiresApproval,
                "timeZone", "Europe/Stockholm", "availability", List.of(
                        Map.of("dayOfWeek", "WEDNESDAY", "startTime", "06:00", "endTime", "12:00"),
                        Map.of("dayOfWeek", "WEDNESDAY", "startTime", "12:00", "endTime", "22:00"))),
                "/api/resources");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.id();
    }

    Map<String, Object> booking(UUID resource, Instant start, Instant end) {
        return Map.of("resourceId", resource, "startAt", start.toString(), "endAt", end.toString(),
                "purpose", "U16 practice");
    }

    @Test
    void aHundredConcurrentRequestsForOneSlotYieldExactlyOneBooking() throws Exception {
        UUID rink = rink(false);
        // overlapping but not identical slots, so the service's own check and the constraint are both exercised
        String coach = club.coach();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                int offset = i % 4 * 15;
                String body = json.writeValueAsString(booking(rink, at(wednesday, "18:00").plusSeconds(offset * 60L),
                        at(wednesday, "19:00").plusSeconds(offset * 60L)));
                futures.add(pool.submit(() -> {
                    go.await();
                    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/bookings"))
                            .header("Authorization", coach).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            long began = System.nanoTime();
            go.countDown();
            for (Future<HttpResponse<String>> f : futures) {
                f.get();
            }
            System.out.printf("100 concurrent booking requests for one slot answered in %d ms%n",
                    (System.nanoTime() - began) / 1_000_000);
            int created = 0;
            int conflicts = 0;
            String winner = null;
            List<String> details = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> response = f.get();
                JsonNode body = json.readTree(response.body());
                if (response.statusCode() == 201) {
                    created++;
                    winner = body.get("id").asString();
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
                    assertThat(body.get("code").asString()).isEqualTo("CONFLICT");
                    details.add(body.get("detail").asString());
                    conflicts++;
                }
            }
            assertThat(created).isEqualTo(1);
            assertThat(conflicts).isEqualTo(99);
            String booked = winner;
            assertThat(details).allSatisfy(d -> assertThat(d).contains("already booked").contains(booked));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM resource_bookings WHERE resource_id = ?", Integer.class,
                rink)).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesOverlappingActiveBookings() {
        UUID rink = rink(false);
        String insert = "INSERT INTO resource_bookings (id, organization_id, resource_id, start_at, end_at, status, "
                + "booked_by, cost, created_at, updated_at, version) VALUES (gen_random_uuid(), ?, ?, ?::timestamptz, "
                + "?::timestamptz, ?, ?, 0, now(), now(), 0)";
        jdbc.update(insert, club.org, rink, "2030-01-01T10:00:00Z", "2030-01-01T11:00:00Z", "confirmed", club.coachId);
        assertThatThrownBy(() -> jdbc.update(insert, club.org, rink, "2030-01-01T10:59:00Z", "2030-01-01T12:00:00Z",
                "pending", club.coachId))
                .hasMessageContaining("resource_bookings_no_overlap");
        // cancelled bookings do not hold their slot
        jdbc.update(insert, club.org, rink, "2030-01-01T10:30:00Z", "2030-01-01T11:30:00Z", "cancelled", club.coachId);
    }

    @Test
    void costFollowsDurationAndRateAndConfirmationIsPublished() {
        UUID rink = rink(false);
        Response booked = api.post(club.coach(), booking(rink, at(wednesday, "07:00"), at(wednesday, "08:30")),
                "/api/bookings");
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        assertThat(booked.get("status").asString()).isEqualTo("confirmed");
        assertThat(booked.get("cost").decimalValue()).isEqualByComparingTo("2250.00");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'calendar.booking.confirmed' "
                + "AND envelope -> 'data' ->> 'bookingId' = ?", Integer.class, booked.id().toString())).isEqualTo(1);

        // adjacent bookings do not overlap (half-open ranges)
        assertThat(api.post(club.coach(), booking(rink, at(wednesday, "08:30"), at(wednesday, "09:00")),
                "/api/bookings").status()).isEqualTo(201);
    }

    @Test
    void bookingsNeedingApprovalHoldTheSlotUntilConfirmedOrCancelled() {
        UUID rink = rink(true);
        Response pending = api.post(club.coach(), booking(rink, at(wednesday, "10:00"), at(wednesday, "11:00")),
                "/api/bookings");
        assertThat(pending.get("status").asString()).isEqualTo("pending");
        assertThat(api.post(club.coach(), booking(rink, at(wednesday, "10:30"), at(wednesday, "11:30")),
                "/api/bookings").status()).isEqualTo(409);

        assertThat(api.post(club.coach(), null, "/api/bookings/{id}/approve", pending.id()).status()).isEqualTo(403);
        Response approved = api.post(club.equipmentManager(), null, "/api/bookings/{id}/approve", pending.id());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.get("status").asString()).isEqualTo("confirmed");
        assertThat(approved.get("approvedBy").asString()).isEqualTo(club.managerId.toString());
        assertThat(api.post(club.equipmentManager(), null, "/api/bookings/{id}/approve", pending.id()).status())
                .isEqualTo(409);

        Response cancelled = api.post(club.coach(), Map.of("reason", "Game moved"), "/api/bookings/{id}/cancel",
                pending.id());
        assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'calendar.booking.cancelled' "
                + "AND envelope -> 'data' ->> 'bookingId' = ?", Integer.class, pending.id().toString())).isEqualTo(1);
        // the slot is free again
        assertThat(api.post(club.coach(), booking(rink, at(wednesday, "10:30"), at(wednesday, "11:30")),
                "/api/bookings").status()).isEqualTo(201);
    }

    @Test
    void freeSlotsAreOpeningHoursMinusBookings() {
        UUID rink = rink(false);
        api.post(club.coach(), booking(rink, at(wednesday, "08:00"), at(wednesday, "09:00")), "/api/bookings");
        api.post(club.coach(), booking(rink, at(wednesday, "12:00"), at(wednesday, "14:00")), "/api/bookings");

        Response availability = api.get(club.player(0), "/api/resources/{id}/availability?from={f}&to={t}", rink,
                at(wednesday, "00:00"), at(wednesday.plusDays(1), "00:00"));
        assertThat(availability.status()).isEqualTo(200);
        List<String> free = new ArrayList<>();
        availability.get("free").forEach(s -> free.add(s.get("startAt").asString() + "/" + s.get("endAt").asString()));
        assertThat(free).containsExactly(at(wednesday, "06:00") + "/" + at(wednesday, "08:00"),
                at(wednesday, "09:00") + "/" + at(wednesday, "12:00"),
                at(wednesday, "14:00") + "/" + at(wednesday, "22:00"));
        assertThat(availability.get("busy")).hasSize(2);
        assertThat(api.get(club.player(0), "/api/resources/{id}/availability?from={f}", rink, at(wednesday, "00:00"))
                .status()).isEqualTo(400);
    }

    @Test
    void badBookingsAreExplained() {
        UUID rink = rink(false);
        Response outside = api.post(club.coach(), booking(rink, at(wednesday, "21:30"), at(wednesday, "22:30")),
                "/api/bookings");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.detail()).contains("opening hours").contains("WED 06:00-12:00");
        Response thursday = api.post(club.coach(), booking(rink, at(wednesday.plusDays(1), "10:00"),
                at(wednesday.plusDays(1), "11:00")), "/api/bookings");
        assertThat(thursday.status()).isEqualTo(422);

        Response unknown = api.post(club.coach(), booking(UUID.randomUUID(), at(wednesday, "10:00"),
                at(wednesday, "11:00")), "/api/bookings");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("resourceId");

        Response backwards = api.post(club.coach(), booking(rink, at(wednesday, "11:00"), at(wednesday, "10:00")),
                "/api/bookings");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.get("errors").get(0).get("field").asString()).isEqualTo("endAt");

        Response past = api.post(club.coach(), booking(rink, Instant.now().minus(Duration.ofDays(7)),
                Instant.now().minus(Duration.ofDays(7)).plus(Duration.ofHours(1))), "/api/bookings");
        assertThat(past.status()).isEqualTo(422);

        Response unknownEvent = api.post(club.coach(), Map.of("resourceId", rink, "eventId", UUID.randomUUID(),
                "startAt", at(wednesday, "10:00").toString(), "endAt", at(wednesday, "11:00").toString()),
                "/api/bookings");
        assertThat(unknownEvent.status()).isEqualTo(400);
        assertThat(unknownEvent.get("errors").get(0).get("field").asString()).isEqualTo("eventId");

        assertThat(api.post(club.player(0), booking(rink, at(wednesday, "10:00"), at(wednesday, "11:00")),
                "/api/bookings").status()).isEqualTo(403);
        Response badWindow = api.post(club.admin(), Map.of("name", "Gym", "type", "gym", "availability",
                List.of(Map.of("dayOfWeek", "MONDAY", "startTime", "20:00", "endTime", "08:00"))), "/api/resources");
        assertThat(badWindow.status()).isEqualTo(400);
        assertThat(api.post(club.admin(), Map.of("name", "Spa", "type", "sauna"), "/api/resources").status())
                .isEqualTo(400);
    }

    @Test
    void cancellingAnEventReleasesItsBookingsAndBookedResourcesCannotBeRemoved() {
        UUID rink = rink(false);
        Response game = api.post(club.coach(), Api.with(Api.event("Home game", "game", at(wednesday, "13:00"),
                at(wednesday, "15:00")), "teamId", club.team), "/api/events");
        assertThat(game.status()).isEqualTo(201);
        Response booked = api.post(club.coach(), Map.of("resourceId", rink, "eventId", game.id(),
                "startAt", at(wednesday, "12:30").toString(), "endAt", at(wednesday, "15:00").toString()),
                "/api/bookings");
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        Response removal = api.delete(club.equipmentManager(), "/api/resources/{id}", rink);
        assertThat(removal.status()).isEqualTo(409);
        assertThat(removal.detail()).contains(booked.id().toString());

        assertThat(api.post(club.coach(), Map.of("reason", "Opponent withdrew"), "/api/events/{id}/cancel", game.id())
                .status()).isEqualTo(200);
        Response released = api.get(club.coach(), "/api/bookings/{id}", booked.id());
        assertThat(released.get("status").asString()).isEqualTo("cancelled");
        assertThat(released.get("cancelReason").asString()).contains("Opponent withdrew");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'calendar.booking.cancelled' "
                + "AND envelope -> 'data' ->> 'bookingId' = ?", Integer.class, booked.id().toString())).isEqualTo(1);

        assertThat(api.delete(club.coach(), "/api/resources/{id}", rink).status()).isEqualTo(403);
        assertThat(api.delete(club.equipmentManager(), "/api/resources/{id}", rink).status()).isEqualTo(204);
        assertThat(api.get(club.equipmentManager(), "/api/resources/{id}", rink).status()).isEqualTo(404);
    }

    @Test
    void resourcesAndBookingsStayInsideTheirClub() {
        UUID rink = rink(false);
        Response booked = api.post(club.coach(), booking(rink, at(wednesday, "15:00"), at(wednesday, "16:00")),
                "/api/bookings");
        Club other = new Club();

        assertThat(api.get(other.admin(), "/api/resources/{id}", rink).status()).isEqualTo(404);
        assertThat(api.get(other.admin(), "/api/resources?size=100").get("content").toString())
                .doesNotContain(rink.toString());
        assertThat(api.get(other.admin(), "/api/bookings/{id}", booked.id()).status()).isEqualTo(404);
        assertThat(api.post(other.admin(), null, "/api/bookings/{id}/cancel", booked.id()).status()).isEqualTo(404);
        Response foreign = api.post(other.coach(), booking(rink, at(wednesday, "17:00"), at(wednesday, "18:00")),
                "/api/bookings");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(api.get(other.admin(), "/api/resources/{id}/availability?from={f}&to={t}", rink,
                at(wednesday, "00:00"), at(wednesday, "23:00")).status()).isEqualTo(404);
        assertThat(api.get(club.admin(), "/api/bookings?from={f}&to={t}&resourceId={r}", at(wednesday, "00:00"),
                at(wednesday, "23:00"), rink).get("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get(other.admin(), "/api/bookings?from={f}&to={t}", at(wednesday, "00:00"),
                at(wednesday, "23:00")).get("totalElements").asInt()).isZero();
        // the other club's list filtered by this club's rink: the rink is missing, not an empty page
        assertThat(api.get(other.admin(), "/api/bookings?from={f}&to={t}&resourceId={r}", at(wednesday, "00:00"),
                at(wednesday, "23:00"), rink).status()).isEqualTo(404);
    }
}
