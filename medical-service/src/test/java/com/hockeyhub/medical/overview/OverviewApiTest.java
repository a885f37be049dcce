package com.hockeyhub.medical.overview;

import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OverviewApiTest extends MedicalApiTestBase {

    @Test
    void theOverviewGathersStatusInjuriesWellnessAndRisks() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID injury = reportInjury(club, player, 4, "Shoulder separation AC III", null);
        mvc.perform(postAs(club.medical(), "{}", "/api/injuries/{id}/return-to-play", injury))
                .andExpect(status().isCreated());
        mvc.perform(postAs(club.self(player), wellnessJson(today(), "4.0", 9, 5, "rough night"),
                "/api/players/{id}/wellness", player)).andExpect(status().isCreated());

        mvc.perform(getAs(club.parentOf(player), "/api/players/{id}/medical-overview", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.availability.status").value("injured"))
                .andExpect(jsonPath("$.openInjuries[0].diagnosis").value("Shoulder separation AC III"))
                .andExpect(jsonPath("$.latestWellness.notes").value("rough night"))
                .andExpect(jsonPath("$.returnToPlay.currentPhase").value("rest"))
                .andExpect(jsonPath("$.riskFlags", hasItems("open_injury", "severe_injury", "clearance_required",
                        "return_to_play_in_progress", "wellness_flagged", "low_sleep", "high_stress")));
    }

    @Test
    void restrictionsCarryNoMedicalText() throws Exception {
        Club club = club();
        UUID player = club.player();
        reportInjury(club, player, 2, "Broken finger SECRET", false);

        for (String token : new String[] {club.coach(club.team), club.as(Role.CLUB_ADMIN),
                TestTokens.user(UUID.randomUUID()).roles(Role.SERVICE).bearer()}) {
            mvc.perform(getAs(token, "/api/players/{id}/restrictions", player))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("injured"))
                    .andExpect(jsonPath("$.loadMultiplier").value(0.0))
                    .andExpect(jsonPath("$.canTrain").value(false))
                    .andExpect(jsonPath("$.canPlay").value(false))
                    .andExpect(content().string(not(containsString("SECRET"))))
                    .andExpect(content().string(not(containsString("finger"))));
        }
    }

    @Test
    void theTransferClearanceRefusesAnActiveSevereInjuryOnly() throws Exception {
        Club club = club();
        UUID player = club.player();
        String service = TestTokens.user(UUID.randomUUID()).roles(Role.SERVICE).bearer();
        reportInjury(club, player, 2, "Blister SECRET", false);
        mvc.perform(getAs(service, "/api/players/{id}/transfer-clearance", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cleared").value(true));
        UUID severe = reportInjury(club, player, 5, "Fracture SECRET", null);
        mvc.perform(getAs(service, "/api/players/{id}/transfer-clearance", player))
                .andExpect(jsonPath("$.cleared").value(false))
                .andExpect(jsonPath("$.blockers[0]").value("active_severe_injury"))
                .andExpect(content().string(not(containsString("SECRET"))));
        // issue 24: a coach (availability only) learns that clearance is missing, not the injury's class
        for (String availabilityOnly : new String[] {club.coach(club.team), club.as(Role.CLUB_ADMIN)}) {
            mvc.perform(getAs(availabilityOnly, "/api/players/{id}/transfer-clearance", player))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cleared").value(false))
                    .andExpect(jsonPath("$.blockers[0]").value("medical_clearance_required"))
                    .andExpect(content().string(not(containsString("severe"))));
        }
        mvc.perform(getAs(club.medical(), "/api/players/{id}/transfer-clearance", player))
                .andExpect(jsonPath("$.blockers[0]").value("active_severe_injury"));
        mvc.perform(postAs(club.medical(), "{\"cleared\":true}", "/api/injuries/{id}/recover", severe))
                .andExpect(status().isOk());
        mvc.perform(getAs(service, "/api/players/{id}/transfer-clearance", player))
                .andExpect(jsonPath("$.cleared").value(true));
        mvc.perform(getAs(club.as(Role.PLAYER), "/api/players/{id}/transfer-clearance", player))
                .andExpect(status().isNotFound());
        mvc.perform(getAs(service, "/api/players/{id}/transfer-clearance", UUID.randomUUID()))
                .andExpect(status().isNotFound());
    }
}
