package com.hockeyhub.medical.crypto;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EncryptionAtRestTest extends MedicalApiTestBase {

    @Test
    void theDatabaseHoldsOnlyCiphertextOfMedicalText() throws Exception {
        Club club = club();
        UUID player = club.player();
        String marker = "Plain" + UUID.randomUUID().toString().substring(0, 8);
        UUID injury = reportInjury(club, player, 2, marker + " diagnosis", false);
        mvc.perform(postAs(club.medical(), "{\"treatmentDate\":\"%s\",\"treatmentType\":\"medication\",\"details\":\"%s details\",\"provider\":\"%s clinic\"}"
                .formatted(today(), marker, marker), "/api/injuries/{id}/treatments", injury)).andExpect(status().isCreated());
        mvc.perform(postAs(club.self(player), wellnessJson(today(), "7.0", 3, 3, marker + " wellness"),
                "/api/players/{id}/wellness", player)).andExpect(status().isCreated());
        UUID protocol = UUID.fromString(json(mvc.perform(postAs(club.medical(), "{\"notes\":\"%s protocol\"}"
                .formatted(marker), "/api/injuries/{id}/return-to-play", injury)).andReturn()).get("id").asString());
        mvc.perform(postAs(club.medical(), "{\"toPhase\":\"light_activity\",\"criteriaMet\":[\"symptom_free_at_rest\"],\"assessment\":\"%s assessment\"}"
                .formatted(marker), "/api/return-to-play/{id}/advance", protocol)).andExpect(status().isOk());
        UUID second = reportInjury(club, player, 1, "second", false);
        mvc.perform(postAs(club.medical(), "{\"cleared\":true,\"clearanceNotes\":\"%s clearance\"}".formatted(marker),
                "/api/injuries/{id}/recover", second)).andExpect(status().isOk());
        mvc.perform(putAs(club.medical(), "{\"status\":\"illness\",\"reason\":\"%s reason\"}".formatted(marker),
                "/api/availability/players/{id}", player)).andExpect(status().isOk());

        String diagnosis = jdbc.queryForObject("SELECT diagnosis FROM injuries WHERE id = ?", String.class, injury);
        assertThat(diagnosis).startsWith("enc:v1:dev:").doesNotContain(marker);
        for (String table : List.of("injuries", "treatments", "wellness_entries", "player_availability",
                "return_to_play_protocols", "return_to_play_phases", "medical_reports", "hockeyhub_outbox",
                "medical_access_log")) {
            assertThat(count("SELECT count(*) FROM " + table + " t WHERE t::text LIKE ?", "%" + marker + "%"))
                    .as("rows of %s containing the plaintext", table).isZero();
        }
        for (String column : List.of("injuries.notes", "treatments.details", "treatments.provider",
                "wellness_entries.notes", "player_availability.reason", "return_to_play_protocols.notes",
                "return_to_play_phases.assessment", "medical_reports.summary")) {
            String[] tc = column.split("\\.");
            assertThat(count("SELECT count(*) FROM " + tc[0] + " WHERE " + tc[1] + " IS NOT NULL AND " + tc[1]
                    + " NOT LIKE 'enc:v1:%'")).as(column + " values that are not ciphertext").isZero();
        }

        mvc.perform(getAs(club.medical(), "/api/injuries/{id}", injury))
                .andExpect(jsonPath("$.diagnosis").value(marker + " diagnosis"))
                .andExpect(jsonPath("$.notes").value("notes of " + marker + " diagnosis"));
        mvc.perform(getAs(club.medical(), "/api/return-to-play/{id}", protocol))
                .andExpect(jsonPath("$.phases[0].assessment").value(marker + " assessment"));
    }
}
