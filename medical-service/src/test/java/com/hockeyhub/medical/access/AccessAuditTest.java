package com.hockeyhub.medical.access;

import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Subscription;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccessAuditTest extends MedicalApiTestBase {

    @Autowired
    Connection nats;
    @Autowired
    EventProperties events;

    @Test
    void everyReadIsLoggedWithWhoWhoseWhatAndRequestAndPublished() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID injury = reportInjury(club, player, 2, "Sprain", false);
        UUID parent = UUID.randomUUID();
        String requestId = "audit-" + UUID.randomUUID();

        mvc.perform(getAs(TestTokens.user(parent).organization(club.id).roles(Role.PARENT).children(player).bearer(),
                        "/api/injuries/{id}", injury).header("X-Request-Id", requestId))
                .andExpect(status().isOk());

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM medical_access_log WHERE request_id = ?", requestId);
        assertThat(row).containsEntry("accessor_id", parent).containsEntry("player_id", player)
                .containsEntry("resource", "injury").containsEntry("resource_id", injury)
                .containsEntry("access_level", "full").containsEntry("organization_id", club.id)
                .containsEntry("accessor_roles", "parent");
        UUID accessId = (UUID) row.get("id");
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM hockeyhub_outbox WHERE type = ? "
                + "AND envelope->'data'->>'accessId' = ? AND sent_at IS NOT NULL", EventTypes.MEDICAL_RECORD_ACCESSED,
                accessId.toString()) == 1);
        String envelope = jdbc.queryForObject("SELECT envelope::text FROM hockeyhub_outbox WHERE envelope->'data'->>'accessId' = ?",
                String.class, accessId.toString());
        JsonNode data = JsonMapper.shared().readTree(envelope).get("data");
        assertThat(data.get("requestId").asString()).isEqualTo(requestId);
        assertThat(data.get("accessorId").asString()).isEqualTo(parent.toString());
        assertThat(data.get("playerId").asString()).isEqualTo(player.toString());
        assertThat(envelope).doesNotContain("Sprain");

        String coach = club.coach(club.team);
        mvc.perform(getAs(coach, "/api/players/{id}/restrictions", player).header("X-Request-Id", requestId + "-c"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForMap("SELECT resource, access_level FROM medical_access_log WHERE request_id = ?",
                requestId + "-c")).containsEntry("resource", "restrictions").containsEntry("access_level", "availability");
        mvc.perform(getAs(coach, "/api/availability/teams/{t}", club.team).header("X-Request-Id", requestId + "-t"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForMap("SELECT team_id, player_id FROM medical_access_log WHERE request_id = ?",
                requestId + "-t")).containsEntry("team_id", club.team).containsEntry("player_id", null);
    }

    @Test
    void theLogIsAppendOnlyAndReadableByThePlayerAndTheClub() throws Exception {
        Club club = club();
        UUID player = club.player();
        mvc.perform(getAs(club.medical(), "/api/players/{id}/medical-overview", player)).andExpect(status().isOk());

        mvc.perform(getAs(club.self(player), "/api/access-log?playerId={p}", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].accessorId").value(club.medicalStaffId.toString()))
                .andExpect(jsonPath("$.content[0].resource").value("medical_overview"));
        mvc.perform(getAs(club.as(Role.CLUB_ADMIN), "/api/access-log?accessorId={a}", club.medicalStaffId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(getAs(club.self(player), "/api/access-log")).andExpect(status().isBadRequest());
        // another club's accessor (or nobody's) is someone missing, not an empty page (issue 23)
        Club other = club();
        mvc.perform(getAs(other.medical(), "/api/players/{id}/medical-overview", other.player()))
                .andExpect(status().isOk());
        for (UUID foreign : List.of(other.medicalStaffId, UUID.randomUUID())) {
            mvc.perform(getAs(club.as(Role.CLUB_ADMIN), "/api/access-log?accessorId={a}", foreign))
                    .andExpect(status().isNotFound());
        }

        assertThatThrownBy(() -> jdbc.update("UPDATE medical_access_log SET accessor_id = ? WHERE player_id = ?",
                UUID.randomUUID(), player)).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM medical_access_log WHERE player_id = ?", player))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void anInjuryReportPublishesTheStatusChangeOnNats() throws Exception {
        Club club = club();
        UUID player = club.player();
        Subscription subscription = nats.subscribe(events.subject(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED));
        try {
            reportInjury(club, player, 3, "Wrist fracture", false);
            JsonNode data = null;
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (data == null && System.nanoTime() < deadline) {
                Message message = subscription.nextMessage(Duration.ofSeconds(1));
                if (message != null) {
                    JsonNode envelope = JsonMapper.shared().readTree(message.getData());
                    if (player.toString().equals(envelope.get("data").get("playerId").asString())) {
                        assertThat(envelope.get("type").asString()).isEqualTo(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED);
                        assertThat(envelope.get("source").asString()).isEqualTo("medical-service");
                        assertThat(envelope.get("organizationId").asString()).isEqualTo(club.id.toString());
                        assertThat(new String(message.getData())).doesNotContain("fracture");
                        data = envelope.get("data");
                    }
                }
            }
            assertThat(data).as("status change of the player on NATS").isNotNull();
            assertThat(data.get("status").asString()).isEqualTo("injured");
            assertThat(data.get("previousStatus").asString()).isEqualTo("available");
            assertThat(data.get("loadMultiplier").asDouble()).isEqualTo(0.0);
            assertThat(data.get("expectedReturn").asString()).isEqualTo(today().plusDays(14).toString());
        } finally {
            subscription.unsubscribe();
        }
    }
}
