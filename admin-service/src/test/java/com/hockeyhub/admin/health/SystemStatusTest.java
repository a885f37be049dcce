package com.hockeyhub.admin.health;

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
                assertThat(service.get("status").asString()).isEqualTo("DOWN");
            }
        }
        assertThat(status.get("score").asInt()).isBetween(0, 100);
    }

    @Test
    void healthAnswersAreScored() {
        SuiteHealth.ServiceHealth up = SuiteHealth.parse("x", "u",
                "{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"},\"redis\":{\"status\":\"DEGRADED\"}}}", 3);
        assertThat(up.score()).isEqualTo(100);
        assertThat(up.components()).containsEntry("redis", "DEGRADED");
        assertThat(SuiteHealth.parse("x", "u", "{\"status\":\"DEGRADED\"}", 1).score()).isEqualTo(60);
        assertThat(SuiteHealth.parse("x", "u", "{\"status\":\"OUT_OF_SERVICE\"}", 1).score()).isEqualTo(20);
        assertThat(SuiteHealth.parse("x", "u", "<html>", 1).status()).isEqualTo("DOWN");
        assertThat(SuiteHealth.parse("x", "u", "{\"status\":\"DOWN\"}", 1).score()).isZero();
    }
}
