package com.hockeyhub.planning;

import java.sql.Connection;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceConventionsTest extends PlanningApiTestBase {

    @Test
    void healthAndApiDocsArePublicAndDocumentEveryEndpoint() throws Exception {
        assertThat(status(get(null, "/actuator/health/readiness"))).isEqualTo(200);
        JsonNode docs = json(get(null, "/v3/api-docs"));
        assertThat(docs.at("/info/title").asString()).contains("planning-service");
        assertThat(docs.get("paths").propertyNames()).contains("/api/drills", "/api/drills/{id}/rating",
                "/api/season-plans", "/api/teams/{teamId}/current-phase", "/api/season-templates",
                "/api/practices", "/api/practices/{id}/next", "/api/game-strategies",
                "/api/games/{calendarEventId}/strategy");
        // times of day are documented with their shape (shared-lib WebAutoConfiguration), not as a bare string
        assertThat(docs.at("/components/schemas/PracticeRequest/properties/startsAt/format").asString())
                .isEqualTo("partial-time");
        assertThat(docs.at("/components/schemas/PracticeRequest/properties/startsAt/pattern").asString())
                .isNotBlank();
        docs.get("paths").forEach(path -> path.forEach(operation ->
                assertThat(operation.has("summary")).as(operation.toString()).isTrue()));
        assertThat(status(get(null, "/api/drills"))).isEqualTo(401);
    }

    @Test
    void rowLevelSecurityHidesOtherClubsPlansFromAClubSession() throws Exception {
        Club club = club();
        post(club.coach(), "{\"teamId\":\"%s\",\"season\":\"2026-2027\",\"template\":\"youth-30\",\"startsOn\":\"2026-08-03\"}"
                .formatted(club.team), "/api/season-plans");
        Integer seen = jdbc.execute((Connection c) -> {
            c.setAutoCommit(false);
            try (var set = c.prepareStatement("SELECT set_config('hockeyhub.organization_id', ?, true)");
                 var query = c.prepareStatement("SELECT count(*) FROM plan_phases WHERE organization_id = ?")) {
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
        assertThat(count("SELECT count(*) FROM plan_phases WHERE organization_id = ?", club.id)).isEqualTo(6);
    }
}
