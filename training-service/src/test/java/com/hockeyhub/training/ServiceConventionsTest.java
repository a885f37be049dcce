package com.hockeyhub.training;

import java.sql.Connection;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceConventionsTest extends TrainingApiTestBase {

    @Test
    void healthAndApiDocsArePublicAndDocumentEveryEndpoint() throws Exception {
        assertThat(status(get(null, "/actuator/health/readiness"))).isEqualTo(200);
        JsonNode docs = json(get(null, "/v3/api-docs"));
        assertThat(docs.at("/info/title").asString()).contains("training-service");
        assertThat(docs.get("paths").propertyNames()).contains("/api/exercises", "/api/templates", "/api/sessions",
                "/api/sessions/{id}/assignments", "/api/assignments/{id}/execution",
                "/api/players/{playerId}/upcoming-sessions", "/api/assignments/transfers",
                "/api/physical-tests", "/api/physical-tests/{id}/results", "/api/players/{playerId}/physical-tests",
                "/api/teams/{teamId}/physical-tests/{testId}/comparison", "/api/physical-test-results/{id}",
                "/api/equipment", "/api/equipment/{id}/reservations", "/api/equipment-reservations/{id}/check-out",
                "/api/equipment-reservations/{id}/check-in", "/api/equipment-reservations/{id}/cancel",
                "/api/assignments/{id}/executions", "/api/executions/{id}/sets", "/api/executions/{id}/complete",
                "/api/players/{playerId}/executions", "/api/assignments/{id}/load", "/api/players/{playerId}/assignments",
                "/api/assignments/transfers/{transferId}/revert", "/api/teams/{teamId}/sessions",
                "/api/templates/{id}/assign");
        docs.get("paths").forEach(path -> path.forEach(operation ->
                assertThat(operation.has("summary")).as(operation.toString()).isTrue()));
    }

    @Test
    void rowLevelSecurityHidesOtherClubsRowsFromAClubSession() throws Exception {
        Club club = club();
        exercise(club, "Hidden squat");
        Integer seen = jdbc.execute((Connection c) -> {
            c.setAutoCommit(false);
            try (var set = c.prepareStatement("SELECT set_config('hockeyhub.organization_id', ?, true)");
                 var query = c.prepareStatement("SELECT count(*) FROM exercises WHERE organization_id = ?")) {
                set.setString(1, UUID.randomUUID().toString());
                set.execute();
                query.setObject(1, club.id);
                try (var rs = query.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
        assertThat(seen).isZero();
        assertThat(count("SELECT count(*) FROM exercises WHERE organization_id = ?", club.id)).isEqualTo(1);
    }
}
