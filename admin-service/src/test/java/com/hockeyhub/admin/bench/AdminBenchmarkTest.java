package com.hockeyhub.admin.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.hockeyhub.admin.AdminApiTestBase;
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
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin-service measurements (docs/performance.md "admin-service"): effective-setting lookups over real
 * HTTP with admin-service's club cache warm and evicted, and from a caller's {@link EffectiveSettings} cache; and the
 * audit trail's sustained ingestion rate of events published on the run's JetStream stream, with no loss.
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
}
