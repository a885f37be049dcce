package com.hockeyhub.medical.injury;

import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InjuryApiTest extends MedicalApiTestBase {

    @Test
    void reportingAnInjuryMakesThePlayerInjuredAndPublishesBothEvents() throws Exception {
        Club club = club();
        UUID player = club.player();

        MvcResult result = mvc.perform(postAs(club.medical(), injuryJson(player, 2, "Grade I ATFL sprain", null),
                        "/api/injuries"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/injuries/")))
                .andExpect(jsonPath("$.status").value("active"))
                .andExpect(jsonPath("$.injuryType").value("sprain"))
                .andExpect(jsonPath("$.diagnosis").value("Grade I ATFL sprain"))
                .andExpect(jsonPath("$.clearanceRequired").value(false))
                .andReturn();
        UUID injury = UUID.fromString(json(result).get("id").asString());

        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("injured"))
                .andExpect(jsonPath("$.injuryId").value(injury.toString()))
                .andExpect(jsonPath("$.loadMultiplier").value(0.0))
                .andExpect(jsonPath("$.expectedReturn").value(today().plusDays(14).toString()));
        assertThat(outbox(EventTypes.MEDICAL_INJURY_REPORTED, player)).isEqualTo(1);
        assertThat(outbox(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, player)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM hockeyhub_outbox WHERE envelope->'data'->>'playerId' = ? "
                + "AND envelope::text LIKE '%ATFL%'", player.toString())).as("no diagnosis in any event").isZero();
    }

    @Test
    void severeInjuriesRequireClearanceBeforeRecovery() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID injury = reportInjury(club, player, 4, "Ruptured ACL", null);

        mvc.perform(getAs(club.medical(), "/api/injuries/{id}", injury))
                .andExpect(jsonPath("$.clearanceRequired").value(true));
        mvc.perform(postAs(club.medical(), "{}", "/api/injuries/{id}/recover", injury))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BUSINESS_RULE_VIOLATION"));
        mvc.perform(putAs(club.medical(), "{\"status\":\"available\"}", "/api/availability/players/{id}", player))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(postAs(club.medical(), "{\"cleared\":true,\"clearanceNotes\":\"MRI clean\"}",
                        "/api/injuries/{id}/recover", injury))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("recovered"))
                .andExpect(jsonPath("$.recoveredOn").value(today().toString()));
        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}", player))
                .andExpect(jsonPath("$.status").value("available"))
                .andExpect(jsonPath("$.loadMultiplier").value(1.0));
        assertThat(outbox(EventTypes.MEDICAL_INJURY_RECOVERED, player)).isEqualTo(1);
        assertThat(outbox(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, player)).isEqualTo(2);

        mvc.perform(postAs(club.medical(), "{}", "/api/injuries/{id}/recover", injury))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("already recovered")));
    }

    @Test
    void aPlayerStaysInjuredWhileAnotherInjuryIsOpen() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID first = reportInjury(club, player, 1, "Bruised thigh", false);
        UUID second = reportInjury(club, player, 2, "Wrist sprain", false);

        mvc.perform(postAs(club.medical(), "{}", "/api/injuries/{id}/recover", first)).andExpect(status().isOk());
        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}", player))
                .andExpect(jsonPath("$.status").value("injured"))
                .andExpect(jsonPath("$.injuryId").value(second.toString()));

        mvc.perform(auth(delete("/api/injuries/{id}", second), club.medical())).andExpect(status().isNoContent());
        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}", player))
                .andExpect(jsonPath("$.status").value("available"));
        mvc.perform(getAs(club.medical(), "/api/injuries/{id}", second)).andExpect(status().isNotFound());
        assertThat(count("SELECT count(*) FROM injuries WHERE id = ? AND deleted_at IS NOT NULL", second))
                .as("kept, soft-deleted").isEqualTo(1);
    }

    @Test
    void updatesUseOptimisticLockingAndCannotRecover() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID injury = reportInjury(club, player, 2, "Hamstring strain", false);
        JsonNode current = json(mvc.perform(getAs(club.medical(), "/api/injuries/{id}", injury)).andReturn());
        long version = current.get("version").asLong();
        String update = """
                {"injuryType":"strain","bodyPart":"hamstring","mechanism":"non_contact","injuryDate":"%s",
                 "severity":3,"expectedReturn":"%s","clearanceRequired":false,"status":"recovering",
                 "diagnosis":"Grade II hamstring strain","notes":"MRI done","version":%d}
                """;

        mvc.perform(putAs(club.medical(), update.formatted(today().minusDays(2), today().plusDays(21), version),
                        "/api/injuries/{id}", injury))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("recovering"))
                .andExpect(jsonPath("$.severity").value(3))
                .andExpect(jsonPath("$.diagnosis").value("Grade II hamstring strain"));
        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}", player))
                .andExpect(jsonPath("$.expectedReturn").value(today().plusDays(21).toString()));
        assertThat(outbox(EventTypes.MEDICAL_INJURY_UPDATED, player)).isEqualTo(1);

        mvc.perform(putAs(club.medical(), update.formatted(today().minusDays(2), today().plusDays(21), version),
                        "/api/injuries/{id}", injury))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"));
        mvc.perform(putAs(club.medical(), update.replace("recovering", "recovered")
                        .formatted(today().minusDays(2), today().plusDays(21), version + 1), "/api/injuries/{id}", injury))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void treatmentsAreRecordedAndListed() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID injury = reportInjury(club, player, 2, "Knee sprain", false);

        mvc.perform(postAs(club.medical(), """
                        {"treatmentDate":"%s","treatmentType":"physiotherapy","details":"Quad activation, 3x10",
                         "provider":"Dr. Ice","nextAppointment":"%s"}
                        """.formatted(today(), today().plusDays(3)), "/api/injuries/{id}/treatments", injury))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.details").value("Quad activation, 3x10"));
        mvc.perform(postAs(club.medical(), """
                        {"treatmentDate":"%s","treatmentType":"physiotherapy"}
                        """.formatted(today().minusDays(10)), "/api/injuries/{id}/treatments", injury))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("treatmentDate"));
        mvc.perform(postAs(club.medical(), """
                        {"treatmentDate":"%s","treatmentType":"voodoo"}
                        """.formatted(today()), "/api/injuries/{id}/treatments", injury))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("treatmentType"));

        mvc.perform(getAs(club.self(player), "/api/injuries/{id}/treatments", injury))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].provider").value("Dr. Ice"));
    }

    @Test
    void historyAndTheActiveListOfATeam() throws Exception {
        Club club = club();
        UUID a = club.player();
        UUID b = club.player();
        UUID elsewhere = club.player(club.otherTeam);
        UUID recovered = reportInjury(club, a, 1, "Old bruise", false);
        mvc.perform(postAs(club.medical(), "{}", "/api/injuries/{id}/recover", recovered)).andExpect(status().isOk());
        UUID open = reportInjury(club, a, 2, "New sprain", false);
        reportInjury(club, b, 3, "Concussion", null);
        reportInjury(club, elsewhere, 2, "Other team", false);

        mvc.perform(getAs(club.self(a), "/api/injuries?playerId={id}", a))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(getAs(club.medical(), "/api/injuries?playerId={id}&status=recovered", a))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(recovered.toString()));
        mvc.perform(getAs(club.medical(), "/api/injuries/active?teamId={t}&sort=severity,desc", club.team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].playerId").value(b.toString()))
                .andExpect(jsonPath("$.content[*].id", hasItem(open.toString())));
        mvc.perform(getAs(club.medical(), "/api/injuries/active"))
                .andExpect(jsonPath("$.totalElements").value(3));
    }

    @Test
    void badInputIsAProblemDetailNeverA500() throws Exception {
        Club club = club();
        UUID player = club.player();
        String valid = injuryJson(player, 2, "x", false);

        mvc.perform(postAs(club.medical(), valid.replace(today().minusDays(2).toString(), today().plusDays(1).toString()),
                        "/api/injuries"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("injuryDate"));
        mvc.perform(postAs(club.medical(), valid.replace("\"severity\":2", "\"severity\":6"), "/api/injuries"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("severity"));
        mvc.perform(postAs(club.medical(), valid.replace(today().plusDays(14).toString(),
                        today().minusDays(5).toString()), "/api/injuries"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expectedReturn"));
        mvc.perform(postAs(club.medical(), valid.replace("\"mechanism\":\"contact\"", "\"mechanism\":\"magic\""),
                        "/api/injuries"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mechanism"));
        mvc.perform(postAs(club.medical(), valid.replace("\"bodyPart\":\"ankle\"", "\"bodyPart\":\" \""),
                        "/api/injuries"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bodyPart"));
        mvc.perform(postAs(club.medical(), "{\"playerId\":", "/api/injuries"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(postAs(club.medical(), injuryJson(UUID.randomUUID(), 2, "x", false), "/api/injuries"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(getAs(club.medical(), "/api/injuries/not-a-uuid"))
                .andExpect(status().isBadRequest());
        mvc.perform(getAs(club.medical(), "/api/injuries/{id}", UUID.randomUUID()))
                .andExpect(status().isNotFound());
        mvc.perform(getAs(club.medical(), "/api/injuries"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("playerId"));
        mvc.perform(getAs(club.medical(), "/api/injuries?playerId={p}&status=healed", player))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(getAs(club.medical(), "/api/injuries?playerId={p}&sort=diagnosis", player))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        UUID injury = reportInjury(club, player, 2, "x", false);
        mvc.perform(postAs(club.medical(), "{\"recoveredOn\":\"%s\"}".formatted(today().minusDays(30)),
                        "/api/injuries/{id}/recover", injury))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recoveredOn"));
        mvc.perform(postAs(club.medical(), "{\"recoveredOn\":\"%s\"}".formatted(today().plusDays(1)),
                        "/api/injuries/{id}/recover", injury))
                .andExpect(status().isBadRequest());
    }
}
