package com.hockeyhub.medical.returntoplay;

import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ReturnToPlayApiTest extends MedicalApiTestBase {

    private UUID start(Club club, UUID injury) throws Exception {
        return UUID.fromString(json(mvc.perform(postAs(club.medical(), "{\"notes\":\"protocol notes\"}",
                        "/api/injuries/{id}/return-to-play", injury))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.currentPhase").value("rest"))
                .andExpect(jsonPath("$.nextPhase").value("light_activity"))
                .andExpect(jsonPath("$.criteriaToAdvance[0]").value("symptom_free_at_rest"))
                .andReturn()).get("id").asString());
    }

    private void advance(Club club, UUID protocol, String to, String criteria) throws Exception {
        mvc.perform(postAs(club.medical(), "{\"toPhase\":\"%s\",\"criteriaMet\":[%s],\"assessment\":\"ok\"}"
                        .formatted(to, criteria), "/api/return-to-play/{id}/advance", protocol))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentPhase").value(to));
    }

    @Test
    void phasesInOrderThenClearanceDecidesAvailability() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID injury = reportInjury(club, player, 3, "Concussion, grade 2", null);
        UUID protocol = start(club, injury);
        mvc.perform(getAs(club.medical(), "/api/injuries/{id}", injury))
                .andExpect(jsonPath("$.status").value("recovering"));
        mvc.perform(getAs(club.coach(club.team), "/api/players/{id}/restrictions", player))
                .andExpect(jsonPath("$.returnToPlayPhase").value("rest"))
                .andExpect(jsonPath("$.contactAllowed").value(false))
                .andExpect(jsonPath("$.canTrain").value(false));

        advance(club, protocol, "light_activity", "\"symptom_free_at_rest\"");
        advance(club, protocol, "sport_specific", "\"symptom_free_light_exercise\",\"pain_free_daily_activities\"");
        advance(club, protocol, "non_contact", "\"skating_drills_without_symptoms\",\"full_range_of_motion\"");

        mvc.perform(postAs(club.medical(), "{\"level\":\"restricted\",\"notes\":\"no contact yet\"}",
                        "/api/return-to-play/{id}/clearance", protocol))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clearanceLevel").value("restricted"));
        mvc.perform(getAs(club.coach(club.team), "/api/players/{id}/restrictions", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("load_management"))
                .andExpect(jsonPath("$.loadMultiplier").value(0.6))
                .andExpect(jsonPath("$.canTrain").value(true))
                .andExpect(jsonPath("$.contactAllowed").value(false))
                .andExpect(jsonPath("$.canPlay").value(false));

        mvc.perform(postAs(club.medical(), "{\"level\":\"full\"}", "/api/return-to-play/{id}/clearance", protocol))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("game_ready")));
        advance(club, protocol, "full_contact", "\"full_practice_without_contact\",\"strength_at_least_90_percent\"");
        advance(club, protocol, "game_ready", "\"full_contact_practice_tolerated\",\"medical_sign_off\"");
        mvc.perform(postAs(club.medical(), "{\"level\":\"full\",\"notes\":\"cleared by Dr. X\"}",
                        "/api/return-to-play/{id}/clearance", protocol))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("completed"))
                .andExpect(jsonPath("$.clearanceLevel").value("full"))
                .andExpect(jsonPath("$.phases.length()").value(6))
                .andExpect(jsonPath("$.phases[0].criteriaMet[0]").value("symptom_free_at_rest"));

        mvc.perform(getAs(club.medical(), "/api/injuries/{id}", injury))
                .andExpect(jsonPath("$.status").value("recovered"));
        mvc.perform(getAs(club.coach(club.team), "/api/players/{id}/restrictions", player))
                .andExpect(jsonPath("$.status").value("available"))
                .andExpect(jsonPath("$.canPlay").value(true))
                .andExpect(jsonPath("$.contactAllowed").value(true))
                .andExpect(jsonPath("$.returnToPlayPhase").doesNotExist());
        mvc.perform(postAs(club.medical(), "{\"toPhase\":\"game_ready\",\"criteriaMet\":[]}",
                        "/api/return-to-play/{id}/advance", protocol))
                .andExpect(status().isConflict());
        assertThat(count("SELECT count(*) FROM medical_reports WHERE injury_id = ?", injury)).isEqualTo(2);
    }

    @Test
    void aPhaseCannotBeSkippedNorLeftWithoutItsCriteria() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID injury = reportInjury(club, player, 2, "Knee sprain", false);
        UUID protocol = start(club, injury);

        mvc.perform(postAs(club.medical(), "{\"toPhase\":\"sport_specific\",\"criteriaMet\":[\"symptom_free_at_rest\"]}",
                        "/api/return-to-play/{id}/advance", protocol))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("next phase is light_activity")));
        mvc.perform(postAs(club.medical(), "{\"toPhase\":\"light_activity\",\"criteriaMet\":[]}",
                        "/api/return-to-play/{id}/advance", protocol))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("symptom_free_at_rest")));
        mvc.perform(postAs(club.medical(), "{\"toPhase\":\"light_activity\",\"criteriaMet\":[\"feels fine\"]}",
                        "/api/return-to-play/{id}/advance", protocol))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("criteriaMet"));
        mvc.perform(postAs(club.medical(), "{\"toPhase\":\"warp_speed\"}", "/api/return-to-play/{id}/advance", protocol))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toPhase"));
        mvc.perform(postAs(club.medical(), "{\"level\":\"restricted\"}", "/api/return-to-play/{id}/clearance", protocol))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(postAs(club.medical(), "{\"level\":\"none\"}", "/api/return-to-play/{id}/clearance", protocol))
                .andExpect(status().isBadRequest());
        mvc.perform(postAs(club.medical(), "{}", "/api/injuries/{id}/return-to-play", injury))
                .andExpect(status().isConflict());
        mvc.perform(getAs(club.medical(), "/api/return-to-play/{id}", protocol))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentPhase").value("rest"))
                .andExpect(jsonPath("$.notes").value("protocol notes"));
        mvc.perform(getAs(club.medical(), "/api/return-to-play/{id}", UUID.randomUUID()))
                .andExpect(status().isNotFound());

        UUID recovered = reportInjury(club, player, 1, "Bruise", false);
        mvc.perform(postAs(club.medical(), "{}", "/api/injuries/{id}/recover", recovered)).andExpect(status().isOk());
        mvc.perform(postAs(club.medical(), "{}", "/api/injuries/{id}/return-to-play", recovered))
                .andExpect(status().isConflict());
    }
}
