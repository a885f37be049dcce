package com.hockeyhub.communication.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.hockeyhub.communication.CommunicationApiTestBase;
import com.hockeyhub.shared.api.admin.EffectiveSettingDto;
import com.hockeyhub.shared.client.AdminSettingsClient;
import com.hockeyhub.shared.client.RemoteServiceUnavailableException;
import com.hockeyhub.shared.client.ServiceTokenProvider;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.event.nats.NatsConnectionEvents;
import com.hockeyhub.shared.settings.EffectiveSettings;
import com.hockeyhub.shared.settings.SettingsInvalidation;
import com.hockeyhub.shared.settings.SettingsProperties;
import io.nats.client.Connection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The clubs' default quiet hours and time zone come from admin-service's settings through shared-lib's
 * {@link EffectiveSettings}, and fall back to {@code hockeyhub.communication.*} when admin-service cannot answer.
 * No admin-service runs in this module's tests (its URL points at a closed port): the first test is the real wiring
 * with admin-service unreachable. The second replaces only admin-service's HTTP answer with an in-process
 * {@link AdminSettingsClient} (admin-service's side of that contract is tested against the real service in its
 * AdminSettingsClientContractTest); the cache, the {@code config.changed} event on the real NATS and the fallback are
 * the real ones.
 */
class ClubNotificationDefaultsTest extends CommunicationApiTestBase {

    @Autowired
    NotificationService notifications;
    @Autowired
    EffectiveSettings settings;
    @Autowired
    ServiceTokenProvider serviceTokens;
    @Autowired
    CommunicationProperties properties;
    @Autowired
    Connection nats;
    @Autowired
    EventProperties events;
    @Autowired
    NatsConnectionEvents connectionEvents;

    @Test
    void adminServiceUnreachableGivesTheConfiguredDefaultsWithoutAnErrorAndIsNotAskedPerRecipient() throws Exception {
        Club club = club();
        long fetchesBefore = settings.fetches();
        for (int i = 0; i < 3; i++) {
            MvcResult result = get(club.player(i), "/api/notifications/preferences");
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            JsonNode preferences = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
            assertThat(LocalTime.parse(preferences.get("quietFrom").asString())).isEqualTo(LocalTime.of(22, 0));
            assertThat(LocalTime.parse(preferences.get("quietTo").asString())).isEqualTo(LocalTime.of(7, 0));
            assertThat(preferences.get("timeZone").asString()).isEqualTo("Europe/Helsinki");
        }
        assertThat(notifications.notify(club.id, club.players, new NotificationService.Notice("broadcast",
                Priority.NORMAL, "Ice time moved", null, null), "defaults-test:" + club.id)).isEqualTo(3);
        // six lookups of the club's settings; admin-service was tried at most once (then the configured values are
        // used for ClubNotificationDefaults.RETRY_AFTER)
        assertThat(settings.fetches() - fetchesBefore).isLessThanOrEqualTo(1);
    }

    @Test
    void theClubsValuesApplyUntilConfigChangedOnNatsEvictsThemAndTheConfiguredOnesWhileAdminServiceIsDown() {
        UUID club = UUID.randomUUID();
        UUID otherClub = UUID.randomUUID();
        Map<UUID, List<EffectiveSettingDto>> answers = new ConcurrentHashMap<>();
        AtomicBoolean down = new AtomicBoolean();
        AtomicLong asked = new AtomicLong();
        AdminSettingsClient admin = new AdminSettingsClient() {
            @Override
            public List<EffectiveSettingDto> effective(String authorization, UUID organizationId, UUID teamId,
                    UUID userId, String category) {
                asked.incrementAndGet();
                if (down.get()) {
                    throw new RemoteServiceUnavailableException(AdminSettingsClient.TARGET, "connection refused",
                            null);
                }
                return answers.getOrDefault(organizationId, List.of());
            }

            @Override
            public EffectiveSettingDto effective(String authorization, String key, UUID organizationId, UUID teamId,
                    UUID userId) {
                throw new UnsupportedOperationException();
            }
        };
        EffectiveSettings cache = new EffectiveSettings(admin, serviceTokens, new SettingsProperties());
        try (SettingsInvalidation invalidation = new SettingsInvalidation(nats, events, connectionEvents, cache,
                JsonMapper.shared())) {
            ClubNotificationDefaults defaults = new ClubNotificationDefaults(cache, properties, Duration.ZERO,
                    System::nanoTime);
            answers.put(club, values("21:00", "06:30", "Europe/Stockholm"));

            assertThat(defaults.of(club)).isEqualTo(new ClubNotificationDefaults.Defaults(LocalTime.of(21, 0),
                    LocalTime.of(6, 30), ZoneId.of("Europe/Stockholm")));
            answers.put(club, values("23:00", "06:00", "Europe/Stockholm"));
            assertThat(defaults.of(club).quietFrom()).as("cached").isEqualTo(LocalTime.of(21, 0));
            assertThat(asked).hasValue(1);

            long heard = invalidation.received();
            configChanged(otherClub);
            await().atMost(Duration.ofSeconds(10)).until(() -> invalidation.received() > heard);
            assertThat(defaults.of(club).quietFrom()).as("another club's change").isEqualTo(LocalTime.of(21, 0));

            configChanged(club);
            await().atMost(Duration.ofSeconds(10)).until(() -> defaults.of(club).quietFrom()
                    .equals(LocalTime.of(23, 0)));
            assertThat(asked).hasValue(2);

            // a club admin-service has nothing for (or a value of the wrong shape) gets the configured values
            answers.put(otherClub, List.of(new EffectiveSettingDto(ClubNotificationDefaults.QUIET_HOURS,
                    "notifications", "json", JsonMapper.shared().readTree("{\"from\":\"late\"}"), "organization")));
            assertThat(defaults.of(otherClub)).isEqualTo(new ClubNotificationDefaults.Defaults(
                    properties.quietFrom(), properties.quietTo(), properties.timeZone()));

            // admin-service down and nothing cached: the configured values, no exception; back: the club's again
            down.set(true);
            configChanged(club);
            await().atMost(Duration.ofSeconds(10)).until(() -> defaults.of(club).quietFrom()
                    .equals(properties.quietFrom()));
            down.set(false);
            assertThat(defaults.of(club).quietFrom()).isEqualTo(LocalTime.of(23, 0));
        }
    }

    private static List<EffectiveSettingDto> values(String from, String to, String zone) {
        return List.of(
                new EffectiveSettingDto(ClubNotificationDefaults.QUIET_HOURS, "notifications", "json",
                        JsonMapper.shared().readTree("{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}"),
                        "organization"),
                new EffectiveSettingDto(ClubNotificationDefaults.TIME_ZONE, "general", "string",
                        StringNode.valueOf(zone), "organization"));
    }

    /** config.changed of a club as admin-service publishes it: an event envelope on the run's stream. */
    private void configChanged(UUID club) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), EventTypes.CONFIG_CHANGED, 1, "admin-service",
                Instant.now(), club, null, null, JsonMapper.shared().readTree("{\"organizationId\":\"" + club
                        + "\",\"key\":\"" + ClubNotificationDefaults.QUIET_HOURS + "\"}"));
        try {
            nats.jetStream().publish(events.subject(EventTypes.CONFIG_CHANGED),
                    JsonMapper.shared().writeValueAsBytes(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
