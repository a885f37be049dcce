package com.hockeyhub.admin.insight;

import java.util.LinkedHashMap;
import java.util.Map;

import com.hockeyhub.admin.AdminApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query insight over real HTTP: this running admin-service's own {@code /actuator/pgstatements} (real
 * PostgreSQL) next to a service that is down, which is named while the rest is shown.
 */
class QueryInsightTest extends AdminApiTestBase {

    @Autowired
    QueryInsight insight;
    @LocalServerPort
    int port;

    @Test
    void aDownServiceIsNamedAndTheOthersAreStillShown() {
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("admin-service", "http://localhost:" + port);
        targets.put("gone-service", "http://127.0.0.1:1");

        QueryInsight.View view = insight.collect(targets, 5, superAdmin());

        assertThat(view.unreachable()).containsExactly("gone-service");
        QueryInsight.ServiceStatements admin = view.services().get(0);
        assertThat(admin.service()).isEqualTo("admin-service");
        assertThat(admin.reachable()).isTrue();
        assertThat(admin.database()).isNotBlank();
        assertThat(admin.message()).isNotBlank();
        assertThat(admin.statements()).hasSizeLessThanOrEqualTo(5);
        if (admin.available()) {
            assertThat(view.top()).hasSize(admin.statements().size())
                    .allSatisfy(s -> assertThat(s.service()).isEqualTo("admin-service"));
            assertThat(view.top()).isSortedAccordingTo((a, b) -> Double.compare(b.totalTimeMs(), a.totalTimeMs()));
        }
        assertThat(view.services().get(1).reachable()).isFalse();
        assertThat(view.services().get(1).message()).isNotBlank();
    }

    @Test
    void aTokenThatMayNotReadTheStatementsMakesTheServiceUnreachableNotTheAnswerFail() {
        Club club = club();
        QueryInsight.View view = insight.collect(Map.of("admin-service", "http://localhost:" + port), 5,
                club.admin());
        assertThat(view.unreachable()).containsExactly("admin-service");
        assertThat(view.services().get(0).message()).contains("403");
    }

    @Test
    void onlySuperAdminsAskAndTheLimitIsChecked() throws Exception {
        Club club = club();
        assertThat(status(get(null, "/api/admin/system/query-insight"))).isEqualTo(401);
        assertThat(status(get(club.admin(), "/api/admin/system/query-insight"))).isEqualTo(403);
        for (String bad : new String[] {"0", "101"}) {
            MvcResult result = get(superAdmin(), "/api/admin/system/query-insight?limit=" + bad);
            assertThat(status(result)).isEqualTo(400);
            assertThat(result.getResponse().getContentAsString()).contains("limit");
        }
        assertThat(status(get(superAdmin(), "/api/admin/system/query-insight?limit=lots"))).isEqualTo(400);

        JsonNode view = json(get(superAdmin(), "/api/admin/system/query-insight?limit=3"));
        assertThat(view.get("services")).hasSize(9);
        int reachable = 0;
        for (JsonNode service : view.get("services")) {
            reachable += service.get("reachable").asBoolean() ? 1 : 0;
        }
        assertThat(view.get("unreachable").size() + reachable).isEqualTo(9);
        assertThat(view.get("top").size()).isLessThanOrEqualTo(3);
    }
}
