package com.hockeyhub.admin.setting;

import java.util.List;

import com.hockeyhub.admin.AdminApiTestBase;
import com.hockeyhub.shared.api.admin.EffectiveSettingDto;
import com.hockeyhub.shared.client.AdminSettingsClient;
import com.hockeyhub.shared.client.RemoteClientErrorException;
import com.hockeyhub.shared.client.RemoteNotFoundException;
import com.hockeyhub.shared.client.ServiceClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * shared-lib's {@link AdminSettingsClient} (what other services' {@code EffectiveSettings} and {@code FeatureFlags}
 * call) against this service over real HTTP: the paths, parameters and DTO agree with {@code GET /api/settings}.
 */
class AdminSettingsClientContractTest extends AdminApiTestBase {

    @Autowired
    ServiceClients clients;
    @LocalServerPort
    int port;

    private AdminSettingsClient client() {
        return clients.create(AdminSettingsClient.class, AdminSettingsClient.TARGET, "http://localhost:" + port);
    }

    @Test
    void theClientReadsEveryEffectiveValueWithItsSourceForATeamAndAPerson() throws Exception {
        Club club = club();
        assertThat(status(put(club.admin(), "{\"value\":90}", "/api/settings/calendar.reminder_minutes"
                + "?scope=organization"))).isEqualTo(200);
        assertThat(status(put(club.coach(), "{\"enabled\":true}", "/api/features/features.workload_alerts"
                + "?scope=team&scopeId=" + club.team))).isEqualTo(200);

        List<EffectiveSettingDto> forTeam = client().effective(service(), club.id, club.team, club.playerId, null);

        assertThat(forTeam).filteredOn(s -> s.key().equals("calendar.reminder_minutes")).singleElement()
                .satisfies(s -> {
                    assertThat(s.value().asInt()).isEqualTo(90);
                    assertThat(s.source()).isEqualTo("organization");
                    assertThat(s.type()).isEqualTo("integer");
                });
        assertThat(forTeam).filteredOn(s -> s.key().equals("features.workload_alerts")).singleElement()
                .satisfies(s -> assertThat(s.value().asBoolean()).isTrue());
        assertThat(forTeam).as("private settings too: the caller is a service")
                .anySatisfy(s -> assertThat(s.key()).isEqualTo("training.max_weekly_load"));
        assertThat(client().effective(service(), club.id, club.otherTeam, null, null))
                .filteredOn(s -> s.key().equals("features.workload_alerts")).singleElement()
                .satisfies(s -> assertThat(s.source()).isEqualTo("system"));

        EffectiveSettingDto one = client().effective(service(), "calendar.reminder_minutes", club.id, null, null);
        assertThat(one.value().asInt()).isEqualTo(90);
    }

    @Test
    void unknownKeysAndAnotherClubsTeamAreNotFoundAndAMemberCannotReadAnotherClub() {
        Club club = club();
        Club other = club();

        assertThatThrownBy(() -> client().effective(service(), "no.such.key", club.id, null, null))
                .isInstanceOf(RemoteNotFoundException.class);
        assertThatThrownBy(() -> client().effective(service(), club.id, other.team, null, null))
                .isInstanceOf(RemoteNotFoundException.class);
        assertThatThrownBy(() -> client().effective(club.player(), other.id, null, null, null))
                .isInstanceOf(RemoteNotFoundException.class);
        assertThatThrownBy(() -> client().effective("Bearer not-a-token", club.id, null, null, null))
                .isInstanceOf(RemoteClientErrorException.class)
                .satisfies(e -> assertThat(((RemoteClientErrorException) e).status()).isEqualTo(401));
    }
}
