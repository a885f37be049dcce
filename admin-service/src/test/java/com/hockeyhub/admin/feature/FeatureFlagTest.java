package com.hockeyhub.admin.feature;

import com.hockeyhub.admin.AdminApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureFlagTest extends AdminApiTestBase {

    @Test
    void flagsFollowTheScopesAndEveryToggleIsPublished() throws Exception {
        Club club = club();
        JsonNode flags = json(get(club.player(), "/api/features"));
        assertThat(flags.get("features.workload_alerts").asBoolean()).isFalse();
        assertThat(flags.get("features.chat").asBoolean()).isTrue();

        MvcResult on = put(club.admin(), "{\"enabled\":true}", "/api/features/features.workload_alerts?scope=organization");
        assertThat(status(on)).isEqualTo(200);
        assertThat(json(get(club.player(), "/api/features")).get("features.workload_alerts").asBoolean()).isTrue();

        assertThat(status(put(club.coach(), "{\"enabled\":false}",
                "/api/features/features.workload_alerts?scope=team&scopeId=" + club.team))).isEqualTo(200);
        assertThat(json(get(club.player(), "/api/features?teamId=" + club.team)).get("features.workload_alerts")
                .asBoolean()).isFalse();
        assertThat(json(get(club.player(), "/api/features?teamId=" + club.otherTeam)).get("features.workload_alerts")
                .asBoolean()).isTrue();

        assertThat(published("feature.toggled", club.id)).hasSize(2);
        assertThat(published("feature.toggled", club.id).get(0).get("enabled").asBoolean()).isTrue();
        JsonNode teamToggle = published("feature.toggled", club.id).get(1);
        assertThat(teamToggle.get("enabled").asBoolean()).isFalse();
        assertThat(teamToggle.get("scope").asString()).isEqualTo("team");
        assertThat(teamToggle.get("scopeId").asString()).isEqualTo(club.team.toString());
    }

    @Test
    void onlyFlagsToggleAndTheBodyIsChecked() throws Exception {
        Club club = club();
        assertThat(status(put(club.admin(), "{\"enabled\":true}",
                "/api/features/calendar.reminder_minutes?scope=organization"))).isEqualTo(404);
        MvcResult missing = put(club.admin(), "{}", "/api/features/features.chat?scope=organization");
        assertThat(status(missing)).isEqualTo(400);
        assertThat(json(missing).at("/errors/0/field").asString()).isEqualTo("enabled");
        assertThat(status(put(club.player(), "{\"enabled\":false}", "/api/features/features.chat?scope=organization")))
                .isEqualTo(403);
        assertThat(json(get(club.player(), "/api/features")).get("features.chat").asBoolean()).isTrue();
    }
}
