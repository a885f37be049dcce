package com.hockeyhub.communication;

import java.sql.Connection;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceConventionsTest extends CommunicationApiTestBase {

    @Test
    void healthAndApiDocsArePublicAndDocumentEveryEndpoint() throws Exception {
        assertThat(status(get(null, "/actuator/health/readiness"))).isEqualTo(200);
        JsonNode docs = json(get(null, "/v3/api-docs"));
        assertThat(docs.at("/info/title").asString()).contains("communication-service");
        assertThat(docs.get("paths").propertyNames()).contains("/api/conversations", "/api/conversations/{id}/messages",
                "/api/messages/{id}", "/api/notifications", "/api/notifications/preferences",
                "/api/onboarding/welcome", "/api/notifications/transfers", "/api/alerts", "/api/alerts/{id}/acknowledge",
                "/api/alerts/{id}/resolve", "/api/broadcasts", "/api/broadcasts/{id}/send",
                "/api/broadcasts/received", "/api/messages/{id}/reactions", "/api/messages/{id}/pin",
                "/api/conversations/{id}/pins", "/api/conversations/{id}/receipts", "/api/stream", "/api/notifications/deliveries", "/api/messages/search", "/api/notifications/unread-count",
                "/api/notifications/read-all");
        docs.get("paths").forEach(path -> path.forEach(operation ->
                assertThat(operation.has("summary")).as(operation.toString()).isTrue()));
        assertThat(status(get(null, "/api/conversations"))).isEqualTo(401);
    }

    @Test
    void rowLevelSecurityHidesOtherClubsMessagesFromAClubSession() throws Exception {
        Club club = club();
        UUID id = conversation(club.player(0), direct(club.players.get(1)));
        post(club.player(0), "{\"body\":\"secret\"}", "/api/conversations/{id}/messages", id);
        Integer seen = jdbc.execute((Connection c) -> {
            c.setAutoCommit(false);
            try (var set = c.prepareStatement("SELECT set_config('hockeyhub.organization_id', ?, true)");
                 var query = c.prepareStatement("SELECT count(*) FROM messages WHERE conversation_id = ?")) {
                set.setString(1, UUID.randomUUID().toString());
                set.execute();
                query.setObject(1, id);
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
        assertThat(count("SELECT count(*) FROM messages WHERE conversation_id = ?", id)).isEqualTo(1);
    }
}
