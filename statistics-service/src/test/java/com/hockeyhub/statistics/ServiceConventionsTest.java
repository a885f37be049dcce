package com.hockeyhub.statistics;

import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ServiceConventionsTest extends StatisticsApiTestBase {

    @Test
    void healthAndApiDocsArePublicAndDocumentEveryEndpoint() throws Exception {
        mvc.perform(getAs(null, "/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(getAs(null, "/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Hockey Hub statistics-service"))
                .andExpect(content().string(containsString("/api/games/{id}")))
                .andExpect(content().string(containsString("/api/divisions/{id}/teams")))
                .andExpect(content().string(containsString("/api/standings")))
                .andExpect(content().string(containsString("/api/leaderboards")))
                .andExpect(content().string(containsString("/api/players/{playerId}/stats")))
                .andExpect(content().string(containsString("/api/players/{playerId}/trends")))
                // the trend is written from cached bytes: its schema is documented, not a byte array
                .andExpect(jsonPath("$.paths['/api/players/{playerId}/trends'].get.responses['200'].content"
                        + "['application/json'].schema['$ref']").value("#/components/schemas/PlayerTrend"))
                .andExpect(content().string(containsString("/api/teams/{teamId}/season-stats")))
                .andExpect(content().string(containsString("/api/workload/players/{playerId}")))
                .andExpect(content().string(containsString("/api/workload/teams/{teamId}/risk")))
                .andExpect(content().string(containsString("/api/public/divisions/{divisionId}/standings")));
    }

    @Test
    void rowLevelSecurityGuardsEveryClubTable() throws Exception {
        for (String table : new String[] {"divisions", "division_teams", "games", "player_game_stats",
                "workload_entries", "workload_risk", "player_injuries", "stats_refresh_requests"}) {
            assertThat(count("""
                    SELECT count(*) FROM pg_class c JOIN pg_policy p ON p.polrelid = c.oid
                    WHERE c.relname = ? AND c.relrowsecurity AND c.relforcerowsecurity
                      AND p.polname = 'tenant_isolation'""", table)).as(table).isEqualTo(1);
        }
        assertThat(count("""
                SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING brin%'
                  AND tablename IN ('games', 'player_game_stats', 'workload_entries')""")).isEqualTo(3);
    }
}
