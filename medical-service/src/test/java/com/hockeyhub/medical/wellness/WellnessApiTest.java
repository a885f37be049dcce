package com.hockeyhub.medical.wellness;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WellnessApiTest extends MedicalApiTestBase {

    @Test
    void aSecondSubmitOnTheSameDayReplacesTheFirst() throws Exception {
        Club club = club();
        UUID player = club.player();

        mvc.perform(postAs(club.self(player), wellnessJson(today(), "7.5", 4, 4, "first"),
                        "/api/players/{id}/wellness", player))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sleepHours").value(7.5))
                .andExpect(jsonPath("$.flagged").value(false));
        mvc.perform(postAs(club.self(player), wellnessJson(today(), "6.0", 5, 6, "second"),
                        "/api/players/{id}/wellness", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sleepHours").value(6.0))
                .andExpect(jsonPath("$.notes").value("second"));

        assertThat(count("SELECT count(*) FROM wellness_entries WHERE player_id = ?", player)).isEqualTo(1);
        mvc.perform(getAs(club.medical(), "/api/players/{id}/wellness/latest", player))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.soreness").value(6));
    }

    @Test
    void concurrentSubmitsOfOneDayStillLeaveOneRow() throws Exception {
        Club club = club();
        UUID player = club.player();
        String token = club.self(player);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int stress = 3 + i;
                Callable<Integer> submit = () -> mvc.perform(postAs(token, wellnessJson(today(), "7.0", stress, 4, null),
                        "/api/players/{id}/wellness", player)).andReturn().getResponse().getStatus();
                results.add(pool.submit(submit));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT count(*) FROM wellness_entries WHERE player_id = ?", player)).isEqualTo(1);
    }

    @Test
    void twoRedFlagsPutAnAvailablePlayerOnLoadManagementAndPublishTheFlag() throws Exception {
        Club club = club();
        UUID player = club.player();

        mvc.perform(postAs(club.self(player), wellnessJson(today(), "4.5", 9, 5, null), "/api/players/{id}/wellness",
                        player))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.redFlags", containsInAnyOrder("low_sleep", "high_stress")));

        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}", player))
                .andExpect(jsonPath("$.status").value("load_management"))
                .andExpect(jsonPath("$.source").value("wellness"))
                .andExpect(jsonPath("$.loadMultiplier").value(0.6));
        assertThat(outbox(EventTypes.MEDICAL_WELLNESS_FLAGGED, player)).isEqualTo(1);
        assertThat(outbox(EventTypes.MEDICAL_PLAYER_STATUS_CHANGED, player)).isEqualTo(1);

        // the same flags again on the same day: nothing new to announce
        mvc.perform(postAs(club.self(player), wellnessJson(today(), "4.0", 9, 5, null), "/api/players/{id}/wellness",
                player)).andExpect(status().isOk());
        assertThat(outbox(EventTypes.MEDICAL_WELLNESS_FLAGGED, player)).isEqualTo(1);
    }

    @Test
    void oneRedFlagIsNotEnoughAndAnInjuredPlayerStaysInjured() throws Exception {
        Club club = club();
        UUID fine = club.player();
        UUID injured = club.player();
        reportInjury(club, injured, 2, "Sprain", false);

        mvc.perform(postAs(club.self(fine), wellnessJson(today(), "4.0", 5, 5, null), "/api/players/{id}/wellness",
                        fine))
                .andExpect(jsonPath("$.redFlags[0]").value("low_sleep"))
                .andExpect(jsonPath("$.flagged").value(false));
        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}", fine))
                .andExpect(jsonPath("$.status").value("available"));

        mvc.perform(postAs(club.self(injured), wellnessJson(today(), "4.0", 9, 9, null), "/api/players/{id}/wellness",
                        injured))
                .andExpect(jsonPath("$.flagged").value(true));
        mvc.perform(getAs(club.medical(), "/api/availability/players/{id}", injured))
                .andExpect(jsonPath("$.status").value("injured"));
        assertThat(outbox(EventTypes.MEDICAL_WELLNESS_FLAGGED, injured)).isEqualTo(1);
    }

    @Test
    void outOfRangeValuesAreRejectedNamingTheField() throws Exception {
        Club club = club();
        UUID player = club.player();
        String token = club.self(player);
        String valid = wellnessJson(today(), "7.0", 4, 4, null);
        String[][] cases = {
                {"\"sleepHours\":7.0", "\"sleepHours\":24.5", "sleepHours"},
                {"\"sleepHours\":7.0", "\"sleepHours\":-1", "sleepHours"},
                {"\"stress\":4", "\"stress\":11", "stress"},
                {"\"soreness\":4", "\"soreness\":0", "soreness"},
                {"\"mood\":7", "\"mood\":12", "mood"},
                {"\"sleepQuality\":7", "\"sleepQuality\":0", "sleepQuality"},
                {"\"energy\":6", "\"energy\":\"high\"", "energy"},
                {"\"restingHr\":55", "\"restingHr\":29", "restingHr"},
                {"\"restingHr\":55", "\"restingHr\":121", "restingHr"},
                {"\"hrv\":70.5", "\"hrv\":200.1", "hrv"},
                {"\"hrv\":70.5", "\"hrv\":-0.5", "hrv"},
                {today().toString(), today().plusDays(1).toString(), "entryDate"},
                {"\"mood\":7,", "", "mood"},
        };
        for (String[] c : cases) {
            mvc.perform(postAs(token, valid.replace(c[0], c[1]), "/api/players/{id}/wellness", player))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                    .andExpect(jsonPath("$.errors[0].field").value(c[2]));
        }
        mvc.perform(postAs(token, valid.replace("\"sleepHours\":7.0", "\"sleepHours\":24")
                        .replace("\"restingHr\":55", "\"restingHr\":30").replace("\"hrv\":70.5", "\"hrv\":0"),
                        "/api/players/{id}/wellness", player))
                .andExpect(status().isCreated());
        assertThat(count("SELECT count(*) FROM wellness_entries WHERE player_id = ?", player)).isEqualTo(1);
    }

    @Test
    void historyAndTeamAverages() throws Exception {
        Club club = club();
        UUID a = club.player();
        UUID b = club.player();
        UUID c = club.player();
        for (int day = 0; day < 3; day++) {
            for (UUID p : List.of(a, b, c)) {
                mvc.perform(postAs(club.medical(), wellnessJson(today().minusDays(day), "8.0", 2 + day, 4, null),
                        "/api/players/{id}/wellness", p)).andExpect(status().isCreated());
            }
        }
        // a fourth day with only one check-in
        mvc.perform(postAs(club.medical(), wellnessJson(today().minusDays(3), "6.0", 4, 4, null),
                "/api/players/{id}/wellness", a)).andExpect(status().isCreated());

        mvc.perform(getAs(club.self(a), "/api/players/{id}/wellness?from={f}&to={t}", a, today().minusDays(1), today()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].entryDate").value(today().toString()));
        mvc.perform(getAs(club.self(a), "/api/players/{id}/wellness?from={f}&to={t}", a, today(), today().minusDays(1)))
                .andExpect(status().isBadRequest());

        mvc.perform(getAs(club.medical(), "/api/teams/{t}/wellness/averages", club.team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.players").value(3))
                .andExpect(jsonPath("$.days.length()").value(4))
                .andExpect(jsonPath("$.days[0].entries").value(1))
                .andExpect(jsonPath("$.days[0].sleepHours").value(6.0))
                .andExpect(jsonPath("$.days[3].date").value(today().toString()))
                .andExpect(jsonPath("$.days[3].entries").value(3))
                .andExpect(jsonPath("$.days[3].stress").value(2.0));
        // coaching staff: a day with fewer than three check-ins shows the count only
        mvc.perform(getAs(club.coach(club.team), "/api/teams/{t}/wellness/averages", club.team))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[0].entries").value(1))
                .andExpect(jsonPath("$.days[0].sleepHours").doesNotExist())
                .andExpect(jsonPath("$.days[3].sleepHours").value(8.0));
        mvc.perform(getAs(club.as(Role.CLUB_ADMIN), "/api/teams/{t}/wellness/averages", club.team))
                .andExpect(status().isForbidden());
    }
}
