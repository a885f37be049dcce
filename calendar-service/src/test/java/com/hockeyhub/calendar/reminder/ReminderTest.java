package com.hockeyhub.calendar.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

import com.hockeyhub.calendar.common.CalendarProperties;
import com.hockeyhub.shared.roster.JdbcRoster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.calendar.support.Api;
import com.hockeyhub.calendar.support.Api.Club;
import com.hockeyhub.calendar.support.Api.Response;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.test.FixturesAcrossClubs;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static com.hockeyhub.calendar.support.Api.event;
import static com.hockeyhub.calendar.support.Api.with;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReminderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcRoster roster;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReminderService reminders;
    @Autowired
    EventPublisher publisher;
    @Autowired
    CalendarProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transactions;

    Api api;
    Club club;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, json);
        club = new Club().register(roster);
    }

    /** An event 30 minutes from now: its 60-minute reminder is due, its 15-minute one is not yet. */
    UUID soonEvent(String title) {
        Instant start = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        Response created = api.post(club.coach(), with(event(title, "game", start, start.plus(Duration.ofHours(2))),
                "reminderMinutes", List.of(60, 15), "participantIds", club.players), "/api/events");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.id();
    }

    int outboxReminders(UUID event) {
        return jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'calendar.reminder.due' "
                + "AND envelope -> 'data' ->> 'eventId' = ?", Integer.class, event.toString());
    }

    int distinctOutboxReminders(UUID event) {
        return jdbc.queryForObject("SELECT count(DISTINCT (envelope -> 'data' ->> 'userId', "
                + "envelope -> 'data' ->> 'leadMinutes')) FROM hockeyhub_outbox WHERE type = 'calendar.reminder.due' "
                + "AND envelope -> 'data' ->> 'eventId' = ?", Integer.class, event.toString());
    }

    @Test
    void twoSchedulerInstancesRacingSendEachReminderOnce() throws Exception {
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(soonEvent("Game " + i));
        }
        // one participant declined the first game: no reminder for them
        api.put(club.player(0), Map.of("status", "declined"), "/api/events/{id}/rsvp", events.get(0));

        // two replicas: their own service instances, their own transactions, same database; small batches so
        // their claims interleave
        CalendarProperties smallBatches = new CalendarProperties(properties.defaultTimeZone(),
                properties.maxRangeDays(), properties.maxOccurrences(),
                new CalendarProperties.Reminders(properties.reminders().interval(), 3), properties.feeds());
        ReminderService replica = new ReminderService(jdbc, publisher, smallBatches, clock);
        ReminderService otherReplica = new ReminderService(jdbc, publisher, smallBatches, clock);
        List<IntSupplier> instances = List.of(() -> transactions.execute(status -> replica.sendDue()),
                () -> transactions.execute(status -> otherReplica.sendDue()));
        ExecutorService pool = Executors.newFixedThreadPool(4, FixturesAcrossClubs.threads());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                IntSupplier instance = instances.get(t % 2);
                runs.add(pool.submit(() -> {
                    go.await();
                    int total = 0;
                    int sent;
                    do {
                        sent = instance.getAsInt();
                        total += sent;
                    } while (sent > 0);
                    return total;
                }));
            }
            go.countDown();
            List<Integer> claimed = new ArrayList<>();
            for (Future<Integer> run : runs) {
                claimed.add(run.get());
            }
            System.out.println("Reminders claimed per racing thread (replica A, B, A, B): " + claimed);
        } finally {
            pool.shutdownNow();
        }

        assertThat(outboxReminders(events.get(0))).isEqualTo(3);
        for (UUID event : events.subList(1, events.size())) {
            assertThat(outboxReminders(event)).isEqualTo(4);
            assertThat(distinctOutboxReminders(event)).isEqualTo(4);
            assertThat(reminders.sentCount(event)).isEqualTo(4);
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT envelope -> 'data' ->> 'leadMinutes' FROM hockeyhub_outbox "
                + "WHERE type = 'calendar.reminder.due' AND envelope -> 'data' ->> 'eventId' = ?", String.class,
                events.get(1).toString())).containsExactly("60");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hockeyhub_outbox WHERE type = 'calendar.reminder.due' "
                + "AND envelope -> 'data' ->> 'eventId' = ? AND envelope -> 'data' ->> 'userId' = ?", Integer.class,
                events.get(0).toString(), club.players.get(0).toString())).isZero();

        // later runs find nothing new
        reminders.sendDue();
        transactions.execute(status -> replica.sendDue());
        assertThat(outboxReminders(events.get(1))).isEqualTo(4);
    }

    @Test
    void cancelledEventsGetNoRemindersAndMovedEventsAreRearmed() {
        UUID cancelled = soonEvent("Cancelled game");
        api.post(club.coach(), Map.of("reason", "Storm"), "/api/events/{id}/cancel", cancelled);
        UUID moved = soonEvent("Moved game");
        reminders.sendDue();
        assertThat(outboxReminders(cancelled)).isZero();
        assertThat(reminders.sentCount(moved)).isEqualTo(4);

        Response current = api.get(club.coach(), "/api/events/{id}", moved);
        Instant later = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        Response update = api.put(club.coach(), with(event("Moved game", "game", later, later.plus(Duration.ofHours(2))),
                "reminderMinutes", List.of(60, 15), "version", current.get("version").asLong()), "/api/events/{id}", moved);
        assertThat(update.status()).as(update.text()).isEqualTo(200);
        // the old 60-minute reminder is forgotten: it will go out again an hour before the new start
        assertThat(reminders.sentCount(moved)).isZero();
        reminders.sendDue();
        assertThat(reminders.sentCount(moved)).isZero();
    }
}
