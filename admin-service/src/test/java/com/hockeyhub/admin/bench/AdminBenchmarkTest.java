package com.hockeyhub.admin.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

import com.hockeyhub.admin.AdminApiTestBase;
import com.hockeyhub.admin.audit.AuditCursor;
import com.hockeyhub.admin.audit.AuditQuery;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.client.AdminSettingsClient;
import com.hockeyhub.shared.client.ClientProperties;
import com.hockeyhub.shared.client.ServiceClients;
import com.hockeyhub.shared.client.ServiceTokenProvider;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.settings.EffectiveSettings;
import com.hockeyhub.shared.settings.SettingsProperties;
import com.hockeyhub.shared.settings.SettingsSubject;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.api.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin-service measurements (docs/performance.md "admin-service"): effective-setting lookups over real
 * HTTP with admin-service's club cache warm and evicted, and from a caller's {@link EffectiveSettings} cache; and the
 * audit trail's sustained ingestion rate of events published on the run's JetStream stream, with no loss; and the
 * audit query by club and time range over a large generated trail.
 * Excluded from the default run (tag bench); prints lines starting with "ADMIN BENCHMARK".
 */
@Tag("bench")
class AdminBenchmarkTest extends AdminApiTestBase {

    @Autowired
    ServiceClients clients;
    @Autowired
    CacheTagInvalidator invalidator;
    @Autowired
    Environment environment;
    @Autowired
    Connection nats;
    @Autowired
    EventProperties events;
    @Autowired
    AuditQuery auditQuery;
    @Autowired
    TransactionTemplate transactions;
    @LocalServerPort
    int port;

    interface Op {
        void run(int i) throws Exception;
    }

    private static void measure(String name, int warmup, int count, Op op) throws Exception {
        for (int i = 0; i < warmup; i++) {
            op.run(i);
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            op.run(i);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf("ADMIN BENCHMARK %-75s p50 %10.1f µs  p99 %10.1f µs  (%d ops)%n", name,
                nanos[count / 2] / 1e3, nanos[(int) (count * 0.99)] / 1e3, count);
        assertThat(nanos[count / 2]).isPositive();
    }

    @Test
    void effectiveSettingLookups() throws Exception {
        Club club = club();
        assertThat(status(put(club.admin(), "{\"value\":90}", "/api/settings/calendar.reminder_minutes"
                + "?scope=organization"))).isEqualTo(200);
        AdminSettingsClient client = clients.create(AdminSettingsClient.class, AdminSettingsClient.TARGET,
                "http://localhost:" + port);
        String token = service();

        measure("one key over HTTP, admin-service club cache warm (Redis hit)", 200, 2000,
                i -> client.effective(token, "calendar.reminder_minutes", club.id, club.team, null));
        measure("one key over HTTP, admin-service club cache evicted first (PostgreSQL)", 200, 2000, i -> {
            invalidator.invalidate(CacheTag.org(club.id));
            client.effective(token, "calendar.reminder_minutes", club.id, club.team, null);
        });
        measure("every key of a subject over HTTP (what EffectiveSettings loads), cache warm", 200, 2000,
                i -> client.effective(token, club.id, club.team, null, null));

        String raw = token.substring("Bearer ".length());
        ServiceTokenProvider tokens = new ServiceTokenProvider(new ClientProperties(), environment,
                RestClient.builder(), "bench") {
            @Override
            public synchronized Optional<String> token() {
                return Optional.of(raw);
            }
        };
        EffectiveSettings cached = new EffectiveSettings(client, tokens, new SettingsProperties());
        SettingsSubject subject = SettingsSubject.team(club.id, club.team);
        assertThat(cached.getInt("calendar.reminder_minutes", subject)).contains(90);
        measure("EffectiveSettings in the calling service, cached (in-process hit)", 10_000, 200_000,
                i -> cached.getInt("calendar.reminder_minutes", subject));
        measure("EffectiveSettings in the calling service, evicted first (config.changed)", 200, 2000, i -> {
            cached.evictClub(club.id);
            cached.getInt("calendar.reminder_minutes", subject);
        });
    }

    @Test
    void auditIngestionSustainedRate() throws Exception {
        // -Dhockeyhub.bench.audit-events=100000 for a longer run (sustained rather than a burst)
        int total = Integer.getInteger("hockeyhub.bench.audit-events", 10_000);
        UUID club = UUID.randomUUID();
        JetStream jetStream = nats.jetStream();
        String subject = events.subject("calendar.event.created");
        long started = System.nanoTime();
        List<CompletableFuture<PublishAck>> acks = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "calendar.event.created", 1,
                    "calendar-service", Instant.now(), club, null, null,
                    JsonMapper.shared().readTree("{\"eventId\":\"" + UUID.randomUUID() + "\",\"n\":" + i + "}"));
            acks.add(jetStream.publishAsync(subject, JsonMapper.shared().writeValueAsBytes(envelope)));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
        double published = (System.nanoTime() - started) / 1e9;
        int stored = 0;
        for (int i = 0; i < 3000 && stored < total; i++) {
            Thread.sleep(100);
            stored = count("SELECT count(*) FROM audit_events WHERE organization_id = ?", club);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("ADMIN BENCHMARK audit ingestion: %d events published in %.2f s, all %d stored after "
                + "%.2f s = %.0f events/s%n", total, published, stored, seconds, stored / seconds);
        assertThat(stored).as("no loss").isEqualTo(total);
    }

    /** The generated rows' source: what the run deletes afterwards (no real event has it). */
    private static final String BENCH_SOURCE = "bench-audit";
    /** Event types with a skewed share: the first is the most common (RSVPs, reminders), the last the rarest. */
    private static final String[] BENCH_TYPES = {"calendar.rsvp.changed", "calendar.reminder.due",
        "training.workout.completed", "calendar.event.updated", "medical.record.accessed", "training.session.scheduled",
        "calendar.event.created", "user.updated", "team.member.added", "payment.invoice.issued",
        "payment.invoice.paid", "medical.injury.updated", "training.session.completed", "calendar.booking.confirmed",
        "medical.wellness.flagged", "payment.received", "planning.practice.completed", "medical.injury.reported",
        "user.role.changed", "config.changed", "feature.toggled", "payment.invoice.overdue", "team.updated",
        "user.created", "calendar.event.cancelled", "payment.refunded", "planning.phase.changed",
        "medical.injury.recovered", "team.member.removed", "user.deactivated"};

    /**
     * Audit query p99 by club and time range over {@code hockeyhub.bench.audit-rows} generated rows (default
     * 200 000; the figure is 10 000 000): ~1 000 clubs, the bench club 20 % and the rest Zipf-like (club k
     * about 1/k), occurred_at spread over the last 365 days, 30 event types with a skewed share, 200 users per club
     * (30 % of events without an actor), entities per type and club. The year stays inside the 400-day retention: the
     * daily retention job (first run 5 minutes after start-up) deleted the older half of a two-year spread while a
     * 10-million run was still generating, so the run now checks that every generated row is still there when the
     * timing ends. Times the real endpoint (MockMvc, every filter, a club admin's token), prints p50/p99 per query and
     * each statement's EXPLAIN (ANALYZE, BUFFERS);
     * deletes the rows afterwards.
     */
    @Test
    void auditQueryByClubAndTimeRange() throws Exception {
        int rows = Integer.getInteger("hockeyhub.bench.audit-rows", 200_000);
        int queries = Integer.getInteger("hockeyhub.bench.audit-queries", 500);
        Club club = club();
        String token = club.admin();
        withoutTimeout(() -> jdbc.update("DELETE FROM audit_events WHERE source = ?", BENCH_SOURCE));
        try {
            generate(club.id, rows);
            List<UUID> actors = jdbc.queryForList("SELECT DISTINCT actor_id FROM audit_events "
                    + "WHERE organization_id = ? AND actor_id IS NOT NULL LIMIT 50", UUID.class, club.id);
            List<UUID> entities = jdbc.queryForList("SELECT entity_id FROM audit_events WHERE organization_id = ? "
                    + "AND entity_type = 'payment.invoice' LIMIT 50", UUID.class, club.id);
            assertThat(actors).isNotEmpty();
            assertThat(entities).isNotEmpty();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String action = "payment.invoice.issued";

            // a 30-day window sliding back over the year, one position per request
            IntFunction<Instant> rangeEnd = i -> now.minus(Duration.ofDays(1 + (i * 7L) % 330));
            benchQuery("club + last 24 h, first page", queries, token, i -> "from=" + now.minus(Duration.ofHours(24)),
                    i -> new AuditQuery.Filter(club.id, null, now.minus(Duration.ofHours(24)), null, null, null, null));
            benchQuery("club + 30-day range, first page", queries, token,
                    i -> "from=" + rangeEnd.apply(i).minus(Duration.ofDays(30)) + "&to=" + rangeEnd.apply(i),
                    i -> new AuditQuery.Filter(club.id, null, rangeEnd.apply(i).minus(Duration.ofDays(30)),
                            rangeEnd.apply(i), null, null, null));
            benchQuery("club + 30-day range + action " + action, queries, token,
                    i -> "type=" + action + "&from=" + rangeEnd.apply(i).minus(Duration.ofDays(30)) + "&to="
                            + rangeEnd.apply(i),
                    i -> new AuditQuery.Filter(club.id, action, rangeEnd.apply(i).minus(Duration.ofDays(30)),
                            rangeEnd.apply(i), null, null, null));
            benchQuery("club + entity id (an invoice)", queries, token,
                    i -> "entityId=" + entities.get(i % entities.size()),
                    i -> new AuditQuery.Filter(club.id, null, null, null, null, null,
                            entities.get(i % entities.size())));
            benchQuery("club + user (actor), first page", queries, token,
                    i -> "actorId=" + actors.get(i % actors.size()),
                    i -> new AuditQuery.Filter(club.id, null, null, null, actors.get(i % actors.size()), null, null));

            // keyset: the cursors of pages 2..21 of a 30-day range, each next page requested in turn
            List<String> cursors = new ArrayList<>();
            String rangeQuery = "from=" + now.minus(Duration.ofDays(60)) + "&to=" + now.minus(Duration.ofDays(30));
            String next = json(get(token, "/api/admin/audit?size=50&" + rangeQuery)).path("next").asString(null);
            while (next != null && cursors.size() < 20) {
                cursors.add(next);
                next = json(get(token, "/api/admin/audit?size=50&" + rangeQuery + "&after=" + next)).path("next")
                        .asString(null);
            }
            assertThat(cursors).as("the 30-day range has more than one page").isNotEmpty();
            benchQuery("club + 30-day range, next pages (keyset, pages 2-" + (cursors.size() + 1) + ")", queries,
                    token, i -> rangeQuery + "&after=" + cursors.get(i % cursors.size()),
                    i -> new AuditQuery.Filter(club.id, null, now.minus(Duration.ofDays(60)),
                            now.minus(Duration.ofDays(30)), null, null, null),
                    i -> AuditCursor.decode(cursors.get(i % cursors.size())));
            List<String> userCursors = new ArrayList<>();
            for (UUID actor : actors) {
                userCursors.add(firstCursor(token, "actorId=" + actor));
            }
            benchQuery("club + user, next page (keyset)", queries, token,
                    i -> "actorId=" + actors.get(i % actors.size()) + "&after=" + userCursors.get(i % actors.size()),
                    i -> new AuditQuery.Filter(club.id, null, null, null, actors.get(i % actors.size()), null, null),
                    i -> AuditCursor.decode(userCursors.get(i % actors.size())));

            // the same user and action queries with only V1's club + time index, for comparison (rolled back)
            explainWithout("club + user, only the club + time index", "audit_events_club_actor_ix",
                    new AuditQuery.Filter(club.id, null, null, null, actors.get(0), null, null), club.id);
            explainWithout("club + 30-day range + action, only the club + time index", "audit_events_club_type_ix",
                    new AuditQuery.Filter(club.id, action, now.minus(Duration.ofDays(60)),
                            now.minus(Duration.ofDays(30)), null, null, null), club.id);
            assertThat(withoutTimeout(() -> count("SELECT count(*) FROM audit_events WHERE source = ?",
                    BENCH_SOURCE))).as("every generated row is still there when the timing ends").isEqualTo(rows);
        } finally {
            long started = System.nanoTime();
            int deleted = withoutTimeout(() -> jdbc.update("DELETE FROM audit_events WHERE source = ?",
                    BENCH_SOURCE));
            System.out.printf("ADMIN BENCHMARK audit query: %d generated rows deleted in %.1f s%n", deleted,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Inserts the rows 250 000 per statement, in time order (as the trail grows): event ids are UUID v7 of their
     * time, as the suite's envelopes are, so every index is appended to rather than split at random.
     */
    private void generate(UUID benchClub, int rows) {
        long started = System.nanoTime();
        int chunk = 250_000;
        for (int offset = 0; offset < rows; offset += chunk) {
            int first = offset;
            int end = Math.min(rows, offset + chunk);
            long chunkStarted = System.nanoTime();
            withoutTimeout(() -> jdbc.update("""
                    WITH g AS (
                        SELECT n,
                               now() - interval '365 days' * (1 - n::float8 / ?)
                                   + interval '1 second' * (random() * 600) AS t,
                               CASE WHEN random() < 0.2 THEN 0 ELSE floor(power(1000, random()))::int END AS club,
                               floor(power(31, random()))::int - 1 AS type,
                               floor(random() * 200)::int AS usr,
                               random() < 0.3 AS system_event
                        FROM generate_series(?, ?) AS n
                    ), r AS (
                        SELECT g.*, (?::text[])[type + 1] AS event_type,
                               CASE WHEN club = 0 THEN ?::uuid ELSE md5('bench-club-' || club)::uuid END AS org
                        FROM g
                    )
                    INSERT INTO audit_events (event_id, organization_id, event_type, source, actor_id, occurred_at,
                                              recorded_at, correlation_id, data, entity_type, entity_id)
                    SELECT (lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 12, '0') || '7'
                                || substr(md5(n::text), 1, 3) || '8' || substr(md5(n::text), 4, 15))::uuid,
                           org, event_type, ?,
                           CASE WHEN system_event THEN NULL ELSE md5(org::text || '-user-' || usr)::uuid END,
                           t, t, 'req-' || n,
                           jsonb_build_object('n', n, 'title', 'Generated ' || event_type,
                                              'changes', jsonb_build_object('status',
                                                  jsonb_build_array('scheduled', 'changed'))),
                           regexp_replace(event_type, '\\.[a-z_]+$', ''),
                           md5(org::text || regexp_replace(event_type, '\\.[a-z_]+$', '')
                               || floor(random() * 20000))::uuid
                    FROM r""", rows, first, end - 1, BENCH_TYPES, benchClub, BENCH_SOURCE));
            System.out.printf("ADMIN BENCHMARK audit query: rows %,d-%,d generated in %.1f s%n", offset, end,
                    (System.nanoTime() - chunkStarted) / 1e9);
        }
        double generated = (System.nanoTime() - started) / 1e9;
        long analyzeStarted = System.nanoTime();
        withoutTimeout(() -> {
            jdbc.execute("ANALYZE audit_events");
            return 0;
        });
        System.out.printf("ADMIN BENCHMARK audit query: %,d rows generated in %.1f s (%.1f s per million), ANALYZE "
                + "%.1f s; bench club %,d rows; table %s, indexes %s%n", rows, generated, generated * 1e6 / rows,
                (System.nanoTime() - analyzeStarted) / 1e9,
                count("SELECT count(*) FROM audit_events WHERE organization_id = ?", benchClub),
                jdbc.queryForObject("SELECT pg_size_pretty(pg_table_size('audit_events'))", String.class),
                jdbc.queryForObject("SELECT pg_size_pretty(pg_indexes_size('audit_events'))", String.class));
    }

    /** Runs one statement in its own transaction without the suite's statement timeout (30 s; 10 million rows). */
    private int withoutTimeout(IntSupplier statement) {
        Integer result = transactions.execute(status -> {
            jdbc.execute("SET LOCAL statement_timeout = 0");
            return statement.getAsInt();
        });
        return result == null ? 0 : result;
    }

    private void benchQuery(String name, int count, String token, IntFunction<String> query,
            IntFunction<AuditQuery.Filter> filter) throws Exception {
        benchQuery(name, count, token, query, filter, i -> null);
    }

    /** Times {@code count} requests (after a tenth as many warm-ups) and prints the plan of the first one's SQL. */
    private void benchQuery(String name, int count, String token, IntFunction<String> query,
            IntFunction<AuditQuery.Filter> filter, IntFunction<AuditCursor> cursor) throws Exception {
        int[] pages = new int[1];
        measure("audit query: " + name, Math.max(1, count / 10), count, i -> {
            var result = get(token, "/api/admin/audit?size=50&" + query.apply(i));
            assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(200);
            pages[0] += json(result).get("events").size();
        });
        System.out.printf("ADMIN BENCHMARK audit query: %s: %.1f rows per page on average%n", name,
                pages[0] / (double) (count + Math.max(1, count / 10)));
        if (cursor != null) {
            System.out.printf("ADMIN BENCHMARK audit query plan: %s%n%s%n", name,
                    explain(filter.apply(0), cursor.apply(0), filter.apply(0).organizationId()));
        }
    }

    private String firstCursor(String token, String query) throws Exception {
        return json(get(token, "/api/admin/audit?size=50&" + query)).path("next").asString("");
    }

    /** EXPLAIN (ANALYZE, BUFFERS) as the club admin's request runs it (the club's row-level security setting). */
    private String explain(AuditQuery.Filter filter, AuditCursor after, UUID club) {
        return transactions.execute(status -> {
            jdbc.queryForObject("SELECT set_config('hockeyhub.organization_id', ?, true)", String.class,
                    club.toString());
            return auditQuery.explain(filter, after, 50);
        });
    }

    private void explainWithout(String name, String index, AuditQuery.Filter filter, UUID club) {
        String plan = transactions.execute(status -> {
            jdbc.execute("DROP INDEX " + index);
            try {
                return explain(filter, null, club);
            } finally {
                status.setRollbackOnly();
            }
        });
        System.out.printf("ADMIN BENCHMARK audit query plan: %s%n%s%n", name, plan);
    }
}
