package com.hockeyhub.medical.availability;

import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AvailabilityApiTest extends MedicalApiTestBase {

    @Test
    void exactlyOneCurrentStatusPerPlayerKeepingTheHistory() throws Exception {
        Club club = club();
        UUID player = club.player();
        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("available"));

        for (String status : new String[] {"illness", "personal", "suspended", "available"}) {
            mvc.perform(putAs(club.medical(), "{\"status\":\"%s\",\"reason\":\"because %s\"}".formatted(status, status),
                            "/api/availability/players/{id}", player))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value(status))
                    .andExpect(jsonPath("$.current").value(true));
        }
        assertThat(count("SELECT count(*) FROM player_availability WHERE player_id = ? AND current", player))
                .isEqualTo(1);
        assertThat(outbox(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, player)).isEqualTo(4);
        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}/history", player))
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.content[0].status").value("available"))
                .andExpect(jsonPath("$.content[0].current").value(true))
                .andExpect(jsonPath("$.content[3].status").value("illness"))
                .andExpect(jsonPath("$.content[3].current").value(false))
                .andExpect(jsonPath("$.content[3].reason").value("because illness"));

        // the same status again changes nothing
        mvc.perform(putAs(club.medical(), "{\"status\":\"available\",\"reason\":\"because available\"}",
                "/api/availability/players/{id}", player)).andExpect(status().isOk());
        assertThat(count("SELECT count(*) FROM player_availability WHERE player_id = ?", player)).isEqualTo(4);
    }

    @Test
    void theDatabaseItselfRefusesASecondCurrentRow() throws Exception {
        Club club = club();
        UUID player = club.player();
        mvc.perform(putAs(club.medical(), "{\"status\":\"illness\"}", "/api/availability/players/{id}", player))
                .andExpect(status().isOk());

        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO player_availability (id, organization_id, player_id, status, effective_date,
                    clearance_required, load_multiplier, source, current, created_at, updated_at, version)
                VALUES (gen_random_uuid(), ?, ?, 'available', current_date, false, 1, 'manual', true, now(), now(), 0)
                """, club.id, player)).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("player_availability_current_uk");
    }

    @Test
    void theTeamViewCountsEveryStatus() throws Exception {
        Club club = club();
        UUID a = club.player();
        UUID b = club.player();
        UUID c = club.player();
        club.player();
        club.player(club.otherTeam);
        reportInjury(club, a, 2, "Sprain", false);
        mvc.perform(putAs(club.medical(), "{\"status\":\"load_management\",\"loadMultiplier\":0.5}",
                "/api/availability/players/{id}", b)).andExpect(status().isOk());
        mvc.perform(putAs(club.medical(), "{\"status\":\"illness\",\"expectedReturn\":\"%s\"}".formatted(today().plusDays(3)),
                "/api/availability/players/{id}", c)).andExpect(status().isOk());

        mvc.perform(getAs(club.coach(club.team), "/api/availability/teams/{t}", club.team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.players").value(4))
                .andExpect(jsonPath("$.counts.available").value(1))
                .andExpect(jsonPath("$.counts.injured").value(1))
                .andExpect(jsonPath("$.counts.illness").value(1))
                .andExpect(jsonPath("$.counts.load_management").value(1))
                .andExpect(jsonPath("$.counts.suspended").value(0))
                .andExpect(jsonPath("$.roster[?(@.playerId == '%s')].loadMultiplier".formatted(b)).value(0.5))
                .andExpect(jsonPath("$.roster[0].reason").doesNotExist());
    }

    @Test
    void badInput() throws Exception {
        Club club = club();
        UUID player = club.player();
        mvc.perform(putAs(club.medical(), "{\"status\":\"retired\"}", "/api/availability/players/{id}", player))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(putAs(club.medical(), "{}", "/api/availability/players/{id}", player))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(putAs(club.medical(), "{\"status\":\"load_management\",\"loadMultiplier\":1.5}",
                        "/api/availability/players/{id}", player))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("loadMultiplier"));
        mvc.perform(putAs(club.medical(), "{\"status\":\"illness\",\"effectiveDate\":\"%s\",\"expectedReturn\":\"%s\"}"
                                .formatted(today(), today().minusDays(1)), "/api/availability/players/{id}", player))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expectedReturn"));
        mvc.perform(putAs(club.medical(), "{\"status\":\"illness\"}", "/api/availability/players/{id}",
                        UUID.randomUUID()))
                .andExpect(status().isNotFound());
        assertThat(count("SELECT count(*) FROM player_availability WHERE player_id = ?", player)).isZero();
    }
}
