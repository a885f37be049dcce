package com.hockeyhub.admin;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceConventionsTest extends AdminApiTestBase {

    @Test
    void healthAndApiDocsArePublicAndDocumentEveryEndpoint() throws Exception {
        assertThat(status(get(null, "/actuator/health/readiness"))).isEqualTo(200);
        JsonNode docs = json(get(null, "/v3/api-docs"));
        assertThat(docs.at("/info/title").asString()).contains("admin-service");
        assertThat(docs.get("paths").propertyNames()).contains("/api/settings/{key}", "/api/settings",
                "/api/settings/definitions", "/api/features", "/api/features/{key}", "/api/admin/audit",
                "/api/admin/system/status", "/api/admin/dashboard", "/api/admin/provisioning/clubs",
                "/api/admin/provisioning/clubs/{organizationId}");
        docs.get("paths").forEach(path -> path.forEach(operation ->
                assertThat(operation.has("summary")).as(operation.toString()).isTrue()));
    }

    @Test
    void rowLevelSecurityHidesOtherClubsValuesFromAClubSession() {
        java.util.UUID a = java.util.UUID.randomUUID();
        jdbc.update("INSERT INTO club_settings (id, organization_id, scope, scope_id, setting_key, value_json, "
                + "created_at, updated_at, version) VALUES (?, ?, 'organization', ?, 'features.chat', 'false', now(), "
                + "now(), 0)", java.util.UUID.randomUUID(), a, a);
        Integer seen = jdbc.execute((java.sql.Connection c) -> {
            c.setAutoCommit(false);
            try (var set = c.prepareStatement("SELECT set_config('hockeyhub.organization_id', ?, true)");
                 var query = c.prepareStatement("SELECT count(*) FROM club_settings WHERE organization_id = ?")) {
                set.setString(1, java.util.UUID.randomUUID().toString());
                set.execute();
                query.setObject(1, a);
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
        assertThat(count("SELECT count(*) FROM club_settings WHERE organization_id = ?", a)).isEqualTo(1);
    }
}
