package com.hockeyhub.statistics.division;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.statistics.StatisticsApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DivisionCsvTest extends StatisticsApiTestBase {

    private static final String HEADER = "division_id,season,division,ties_allowed,public_standings,period_minutes,"
            + "periods,overtime_minutes,participant_id,team,club_team_id";

    private List<String> csv(String token, String url) throws Exception {
        MvcResult result = mvc.perform(getAs(token, url).accept("text/csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"divisions.csv\""))
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        return Arrays.asList(body(result).split("\r\n"));
    }

    @Test
    void theDivisionsListAsCsvHasTheJsonListsRowsOnePerParticipant() throws Exception {
        Club club = club();
        Division division = division(club, true, "Wolves", "Bears");
        JsonNode json = json(mvc.perform(getAs(club.as(Role.PLAYER), "/api/divisions")).andReturn());
        assertThat(json).hasSize(1);
        List<String> lines = csv(club.as(Role.PLAYER), "/api/divisions?season=" + season());
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines).hasSize(4);
        String name = json.get(0).get("name").asString();
        String prefix = division.id + "," + season() + "," + name + ",true,false,"
                + json.get(0).get("periodMinutes").asInt() + "," + json.get(0).get("periods").asInt() + ","
                + json.get(0).get("overtimeMinutes").asInt() + ",";
        // participants in the JSON list's order (by name)
        assertThat(lines.subList(1, 4)).containsExactly(
                prefix + division.team("Bears") + ",Bears,",
                prefix + division.team("Us") + ",Us," + club.team,
                prefix + division.team("Wolves") + ",Wolves,");
        // a division without participants still has its row
        mvc.perform(postAs(club.coach(), """
                {"season":"%s","name":"Empty league","teams":[]}
                """.formatted(season()), "/api/divisions")).andExpect(status().isCreated());
        assertThat(csv(club.coach(), "/api/divisions")).hasSize(5).anySatisfy(l -> assertThat(l)
                .contains(",Empty league,false,false,").endsWith(",,,"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() throws Exception {
        Club club = club();
        mvc.perform(postAs(club.coach(), """
                {"season":"%s","name":"=HYPERLINK(\\"http://x\\",\\"y\\")","teams":[{"name":"+1 line"},
                 {"name":"-cmd|' /C calc'!A0"},{"name":"@SUM(1+1)"},{"name":"-3"}]}
                """.formatted(season()), "/api/divisions")).andExpect(status().isCreated());
        List<String> lines = csv(club.coach(), "/api/divisions");
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(1, 5)).allSatisfy(l -> assertThat(l).contains(",\"'=HYPERLINK(\"\"http://x\"\","));
        assertThat(String.join("\n", lines)).contains(",'+1 line,", ",'-cmd|' /C calc'!A0,", ",'@SUM(1+1),",
                ",-3,");
    }

    @Test
    void anotherClubGetsOnlyTheHeaderAndTheRulesOfTheJsonListHold() throws Exception {
        Club club = club();
        Division division = division(club, false, "Wolves");
        Club other = club();
        List<String> lines = csv(other.coach(), "/api/divisions");
        assertThat(lines).containsExactly(HEADER);
        assertThat(String.join("\n", csv(TestTokens.anyone(other.id, Role.PARENT).bearer(), "/api/divisions")))
                .doesNotContain(division.id.toString());
        mvc.perform(getAs(club.coach(), "/api/divisions?season=1990-1991").accept("text/csv"))
                .andExpect(status().isBadRequest());
        mvc.perform(getAs(TestTokens.user(UUID.randomUUID()).roles(Role.COACH).bearer(), "/api/divisions")
                .accept("text/csv")).andExpect(status().isForbidden());
        mvc.perform(getAs(null, "/api/divisions").accept("text/csv")).andExpect(status().isUnauthorized());
    }
}
