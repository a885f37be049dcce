package com.hockeyhub.admin.health;

import java.time.Duration;

import com.hockeyhub.admin.AdminApiTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SystemStatusTest extends AdminApiTestBase {

    @Test
    void superAdminsSeeEveryServiceScoredAndAnUnreachableOneIsDown() throws Exception {
        Club club = club();
        assertThat(status(get(club.admin(), "/api/admin/system/status"))).isEqualTo(403);
        assertThat(status(get(null, "/api/admin/system/status"))).isEqualTo(401);
        JsonNode status = json(get(superAdmin(), "/api/admin/system/status"));
        assertThat(status.get("services")).hasSize(9);
        // in the test run nothing listens on the suite's ports but (perhaps) a developer's services
        for (JsonNode service : status.get("services")) {
            int score = service.get("score").asInt();
            assertThat(score).isBetween(0, 100);
            if (score == 0) {
                assertThat(service.get("status").asString()).isIn("DOWN", "OUT_OF_SERVICE", "UNKNOWN");
            }
        }
        assertThat(status.get("score").asInt()).isBetween(0, 100);
        assertThat(status.get("status").asString())
                .isEqualTo(HealthScore.systemStatus(status.get("score").asInt()));
    }

    @Test
    void healthAnswersAreScoredByStatusResponseTimeAndErrorRate() {
        Duration slow = Duration.ofMillis(500);
        SuiteHealth.ServiceHealth up = SuiteHealth.parse("x", "u",
                "{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"},\"redis\":{\"status\":\"DEGRADED\"}}}",
                3, slow, 0);
        assertThat(up.score()).isEqualTo(100);
        assertThat(up.components()).containsEntry("redis", "DEGRADED");
        assertThat(SuiteHealth.parse("x", "u", "{\"status\":\"DEGRADED\"}", 1, slow, 0).score()).isEqualTo(75);
        assertThat(SuiteHealth.parse("x", "u", "{\"status\":\"OUT_OF_SERVICE\"}", 1, slow, 0).score()).isZero();
        assertThat(SuiteHealth.parse("x", "u", "<html>", 1, slow, 0).status()).isEqualTo("DOWN");
        assertThat(SuiteHealth.parse("x", "u", "{\"status\":\"DOWN\"}", 1, slow, 0).score()).isZero();
        assertThat(HealthScore.score("UP", 501, slow, 0)).isEqualTo(90);
        assertThat(HealthScore.score("UP", 2001, slow, 0)).isEqualTo(80);
        assertThat(HealthScore.score("UP", 10, slow, 0.4)).isEqualTo(90);
        assertThat(HealthScore.score("DEGRADED", 2001, slow, 1.0)).isEqualTo(30);
        assertThat(HealthScore.systemStatus(80)).isEqualTo("healthy");
        assertThat(HealthScore.systemStatus(79)).isEqualTo("degraded");
        assertThat(HealthScore.systemStatus(60)).isEqualTo("degraded");
        assertThat(HealthScore.systemStatus(59)).isEqualTo("unhealthy");
    }
}
