package com.hockeyhub.statistics.player;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.hockeyhub.shared.api.medical.MedicalEvents.InjuryChanged;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.statistics.StatisticsApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PlayerStatsApiTest extends StatisticsApiTestBase {

    @Autowired
    EventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void seasonTotalsGameLogTrendsAndGamesMissedWhileInjured() throws Exception {
        Club club = club();
        UUID p = club.player();
        UUID mate = club.player();
        Division d = division(club, false, "Wolves", "Bears");
        recordOk(club, gameJson(d, "Us", "Wolves", daysAgo(30), 2, 1, "regulation",
                line(p, "home", 2, 0, 4, 1), line(mate, "home", 0, 2, 1, 1)));
        recordOk(club, gameJson(d, "Bears", "Us", daysAgo(20), 1, 3, "regulation",
                line(p, "away", 1, 1, 3, 2), line(mate, "away", 2, 1, 3, 2)));
        recordOk(club, gameJson(d, "Us", "Bears", daysAgo(10), 1, 0, "regulation",
                line(p, "home", 0, 1, 2, 1), line(mate, "home", 1, 0, 2, 1)));
        recordOk(club, gameJson(d, "Wolves", "Us", daysAgo(5), 2, 0, "regulation", line(mate, "away", 0, 0, 1, -2)));
        // p was injured 7 days ago and missed the last game
        LocalDate injured = LocalDate.now(ZoneOffset.UTC).minusDays(7);
        transaction.executeWithoutResult(s -> publisher.publish(EventTypes.MEDICAL_INJURY_REPORTED, club.id,
                new InjuryChanged(UUID.randomUUID(), p, club.id, "knee", 2, "active", injured, null)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM player_injuries WHERE player_id = ?", p) == 1);

        mvc.perform(getAs(club.self(p), "/api/players/{id}/stats", p))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Player No1"))
                .andExpect(jsonPath("$.totals.gamesPlayed").value(3))
                .andExpect(jsonPath("$.totals.goals").value(3))
                .andExpect(jsonPath("$.totals.assists").value(2))
                .andExpect(jsonPath("$.totals.points").value(5))
                .andExpect(jsonPath("$.totals.plusMinus").value(4))
                .andExpect(jsonPath("$.totals.shootingPct").value(33.3))
                .andExpect(jsonPath("$.gamesMissedInjured").value(1))
                .andExpect(jsonPath("$.games[1].opponent").value("Bears"));
        mvc.perform(getAs(club.parentOf(p), "/api/players/{id}/trends?window=2", p))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.games.length()").value(3))
                .andExpect(jsonPath("$.games[0].avgPoints").value(2.0))
                .andExpect(jsonPath("$.games[1].avgPoints").value(2.0))
                .andExpect(jsonPath("$.games[2].avgPoints").value(1.5))
                .andExpect(jsonPath("$.games[2].avgGoals").value(0.5));
        String csv = body(mvc.perform(getAs(club.coach(), "/api/players/{id}/stats", p).accept("text/csv"))
                .andExpect(status().isOk()).andReturn());
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(4);
        int goals = 0;
        for (int i = 1; i < lines.length; i++) {
            goals += Integer.parseInt(lines[i].split(",")[4]);
        }
        assertThat(goals).isEqualTo(3);
        mvc.perform(getAs(club.coach(), "/api/players/{id}/trends?window=50", p))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("window"));
    }

    @Test
    void aCachedTrendShowsAGameRecordedOrDeletedAfterItAtOnce() throws Exception {
        Club club = club();
        UUID p = club.player();
        UUID mate = club.player();
        Division d = division(club, false, "Wolves", "Bears");
        recordOk(club, gameJson(d, "Us", "Wolves", daysAgo(30), 2, 1, "regulation", line(p, "home", 2, 0, 4, 1)));
        String trend = "/api/players/{id}/trends?window=2";
        // read twice: the second answer is the cached entry, rendered once and written as it was stored
        String[] answers = new String[2];
        for (int read = 0; read < 2; read++) {
            answers[read] = body(mvc.perform(getAs(club.coach(), trend, p)).andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.playerId").value(p.toString()))
                    .andExpect(jsonPath("$.window").value(2))
                    .andExpect(jsonPath("$.games.length()").value(1))
                    .andExpect(jsonPath("$.games[0].points").value(2)).andReturn());
        }
        assertThat(answers[1]).isEqualTo(answers[0]);
        assertThat(count("SELECT count(*) FROM player_game_stats WHERE player_id = ?", p)).isEqualTo(1);

        // a game with a line of p: no waiting for a view refresh, the next read shows it
        String id = recordOk(club, gameJson(d, "Bears", "Us", daysAgo(20), 0, 2, "regulation",
                line(p, "away", 2, 0, 3, 2))).get("id").asString();
        mvc.perform(getAs(club.coach(), trend, p)).andExpect(status().isOk())
                .andExpect(jsonPath("$.games.length()").value(2))
                .andExpect(jsonPath("$.games[1].avgPoints").value(2.0));
        // a game without p leaves p's entry alone, and a game deleted in error leaves the trend at once
        recordOk(club, gameJson(d, "Us", "Wolves", daysAgo(10), 1, 0, "regulation", line(mate, "home", 1, 0, 2, 1)));
        mvc.perform(auth(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/games/{id}",
                id), club.coach())).andExpect(status().isNoContent());
        mvc.perform(getAs(club.coach(), trend, p)).andExpect(status().isOk())
                .andExpect(jsonPath("$.games.length()").value(1));
    }

    @Test
    void aPlayerCannotReadAnotherPlayersDetailedStats() throws Exception {
        Club a = club();
        Club b = club();
        UUID p = a.player();
        UUID mate = a.player();
        UUID other = b.player();
        for (String url : new String[] {"/api/players/{id}/stats", "/api/players/{id}/trends"}) {
            mvc.perform(getAs(a.self(mate), url, p)).andExpect(status().isForbidden());
            mvc.perform(getAs(a.parentOf(mate), url, p)).andExpect(status().isForbidden());
            mvc.perform(getAs(a.as(Role.EQUIPMENT_MANAGER), url, p)).andExpect(status().isForbidden());
            mvc.perform(getAs(b.coach(), url, p)).andExpect(status().isNotFound());
            mvc.perform(getAs(TestTokens.anyone(b.id, Role.PARENT).children(p).bearer(), url, p))
                    .andExpect(status().isNotFound());
            mvc.perform(getAs(a.coach(), url, other)).andExpect(status().isNotFound());
            mvc.perform(getAs(a.coach(), url, UUID.randomUUID())).andExpect(status().isNotFound());
            mvc.perform(getAs(null, url, p)).andExpect(status().isUnauthorized());
            mvc.perform(getAs(a.self(p), url, p)).andExpect(status().isOk());
            mvc.perform(getAs(a.parentOf(p), url, p)).andExpect(status().isOk());
            mvc.perform(getAs(a.as(Role.MEDICAL_STAFF), url, p)).andExpect(status().isOk());
        }
        mvc.perform(getAs(TestTokens.user(UUID.randomUUID()).roles(Role.SUPER_ADMIN).bearer(),
                "/api/players/{id}/stats", p)).andExpect(status().isForbidden());
    }
}
