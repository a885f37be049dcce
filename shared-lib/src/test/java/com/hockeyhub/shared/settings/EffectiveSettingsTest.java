package com.hockeyhub.shared.settings;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import com.hockeyhub.shared.client.AdminSettingsClient;
import com.hockeyhub.shared.client.RemoteServiceUnavailableException;
import com.hockeyhub.shared.client.ServiceClients;
import com.hockeyhub.shared.client.ServiceTokenProvider;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.testapp.client.FakeAdminSettingsController;
import io.nats.client.Connection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link EffectiveSettings} and {@link FeatureFlags} over real HTTP (a stand-in of admin-service's
 * {@code GET /api/settings} in the test application) and their eviction by {@code config.changed} /
 * {@code feature.toggled} published on the run's real JetStream stream.
 */
@IntegrationTest
class EffectiveSettingsTest {

    @Autowired
    EffectiveSettings settings;
    @Autowired
    FeatureFlags flags;
    @Autowired
    SettingsInvalidation invalidation;
    @Autowired
    FakeAdminSettingsController admin;
    @Autowired
    Connection nats;
    @Autowired
    EventProperties events;
    @Autowired
    ServiceClients clients;
    @Autowired
    ServiceTokenProvider serviceTokens;

    @Test
    void aSubjectIsReadOnceWithTheServiceTokenAndServedFromTheCacheAfterwards() {
        UUID club = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        admin.set(club, "calendar.reminder_minutes", "30");

        assertThat(settings.getInt("calendar.reminder_minutes", SettingsSubject.team(club, team))).contains(30);
        assertThat(settings.getString("club.timezone", SettingsSubject.team(club, team))).contains("Europe/Helsinki");
        assertThat(flags.isEnabled("features.chat", SettingsSubject.team(club, team))).isTrue();

        assertThat(admin.calls(club)).singleElement().satisfies(call -> {
            assertThat(call.teamId()).isEqualTo(team);
            assertThat(call.userId()).isNull();
            assertThat(call.serviceToken()).isTrue();
        });
    }

    @Test
    void unknownKeysAreEmptyAndUnknownFlagsAreOff() {
        UUID club = UUID.randomUUID();

        assertThat(settings.find("no.such.key", SettingsSubject.club(club))).isEmpty();
        assertThat(settings.getInt("club.timezone", SettingsSubject.club(club))).as("a string is no int").isEmpty();
        assertThat(flags.isEnabled("features.no_such_flag", club)).isFalse();
        assertThat(flags.isEnabled("features.workload_alerts", club)).isFalse();
    }

    @Test
    void configChangedOfOneClubEvictsThatClubOnly() throws Exception {
        UUID club = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        assertThat(settings.getInt("calendar.reminder_minutes", SettingsSubject.user(club, person))).contains(60);
        assertThat(settings.getInt("calendar.reminder_minutes", SettingsSubject.club(other))).contains(60);

        admin.set(club, "calendar.reminder_minutes", "15");
        admin.set(other, "calendar.reminder_minutes", "45");
        publish(EventTypes.CONFIG_CHANGED, club, """
                {"key":"calendar.reminder_minutes","scope":"organization","scopeId":"%s","organizationId":"%s",
                 "valueJson":"15"}""".formatted(club, club));

        await(() -> settings.getInt("calendar.reminder_minutes", SettingsSubject.user(club, person)).orElse(0) == 15);
        assertThat(settings.getInt("calendar.reminder_minutes", SettingsSubject.club(other)))
                .as("another club's cached values stay").contains(60);
        assertThat(admin.calls(other)).hasSize(1);
    }

    @Test
    void featureToggledTurnsTheFlagAroundAndASystemChangeEvictsEveryClub() throws Exception {
        UUID club = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThat(flags.isEnabled("features.workload_alerts", club)).isFalse();
        assertThat(flags.isEnabled("features.chat", other)).isTrue();

        admin.set(club, "features.workload_alerts", "true");
        publish(EventTypes.FEATURE_TOGGLED, club, """
                {"key":"features.workload_alerts","scope":"organization","scopeId":"%s","organizationId":"%s",
                 "enabled":true}""".formatted(club, club));
        await(() -> flags.isEnabled("features.workload_alerts", club));

        admin.set(other, "features.chat", "false");
        publish(EventTypes.CONFIG_CHANGED, null, """
                {"key":"features.chat","scope":"system","scopeId":null,"organizationId":null,"valueJson":"false"}""");
        await(() -> !flags.isEnabled("features.chat", other));
        assertThat(admin.calls(other)).hasSize(2);
    }

    @Test
    void whenAdminServiceFailsAnEarlierAnswerIsServedAndWithoutOneTheCallerHearsIt() {
        AtomicLong nanos = new AtomicLong();
        SettingsProperties properties = new SettingsProperties();
        EffectiveSettings isolated = new EffectiveSettings(clients.create(AdminSettingsClient.class, "self"),
                serviceTokens, properties, nanos::get);
        UUID club = UUID.randomUUID();
        admin.set(club, "features.chat", "false");
        assertThat(isolated.getBoolean("features.chat", SettingsSubject.club(club))).contains(false);

        nanos.addAndGet(properties.getTtl().toNanos() + 1);
        admin.failNext(3);
        assertThat(isolated.getBoolean("features.chat", SettingsSubject.club(club)))
                .as("expired, admin-service down: the earlier answer").contains(false);

        UUID unknown = UUID.randomUUID();
        admin.failNext(3);
        FeatureFlags isolatedFlags = new FeatureFlags(isolated);
        assertThat(isolatedFlags.isEnabled("features.chat", SettingsSubject.club(unknown), true)).isTrue();
        admin.failNext(3);
        assertThatThrownBy(() -> isolatedFlags.isEnabled("features.chat", unknown))
                .isInstanceOf(RemoteServiceUnavailableException.class);
    }

    @Test
    void withoutThePropertyNoClientCacheOrSubscriptionExists() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SettingsAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EffectiveSettings.class);
                    assertThat(context).doesNotHaveBean(SettingsInvalidation.class);
                    assertThat(context).doesNotHaveBean(AdminSettingsClient.class);
                });
        assertThat(invalidation).as("enabled in this application").isNotNull();
    }

    private void publish(String type, UUID club, String data) throws Exception {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, 1, "admin-service", Instant.now(), club,
                null, null, JsonMapper.shared().readTree(data));
        nats.jetStream().publish(events.subject(type), JsonMapper.shared().writeValueAsBytes(envelope));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
    }
}
