package com.hockeyhub.training.template;

import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateVisibilityTest extends TrainingApiTestBase {

    String template(String name, String visibility, UUID team, UUID exercise) {
        return "{\"name\":\"%s\",\"type\":\"strength\",\"visibility\":\"%s\",%s\"exercises\":[{\"exerciseId\":\"%s\",\"sets\":3,\"reps\":5}]}"
                .formatted(name, visibility, team == null ? "" : "\"teamId\":\"" + team + "\",", exercise);
    }

    UUID create(String token, String json) throws Exception {
        MvcResult result = post(token, json, "/api/templates");
        assertThat(status(result)).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return UUID.fromString(json(result).get("id").asString());
    }

    @Test
    void everyReadHonoursTheVisibility() throws Exception {
        Club club = club();
        UUID squat = exercise(club, "Squat");
        UUID mine = create(club.coach(), template("Coach's own", "private", null, squat));
        UUID team = create(club.coach(), template("U16 strength", "team", club.team, squat));
        UUID all = create(club.trainer(), template("Club strength", "organization", null, squat));
        String otherCoach = TestTokens.user(UUID.randomUUID()).organization(club.id).roles(Role.COACH)
                .teams(club.otherTeam).bearer();

        assertThat(json(get(club.coach(), "/api/templates")).findValuesAsString("name"))
                .containsExactlyInAnyOrder("Coach's own", "U16 strength", "Club strength");
        assertThat(json(get(otherCoach, "/api/templates")).findValuesAsString("name"))
                .containsExactly("Club strength");
        assertThat(json(get(club.trainer(), "/api/templates")).findValuesAsString("name"))
                .containsExactlyInAnyOrder("U16 strength", "Club strength");
        assertThat(json(get(club.player(0), "/api/templates")).findValuesAsString("name"))
                .containsExactlyInAnyOrder("U16 strength", "Club strength");
        assertThat(status(get(otherCoach, "/api/templates/{id}", mine))).isEqualTo(404);
        assertThat(status(get(otherCoach, "/api/templates/{id}", team))).isEqualTo(404);
        assertThat(json(get(otherCoach, "/api/templates/{id}", all)).get("exercises")).hasSize(1);
        Club other = club();
        assertThat(status(get(other.trainer(), "/api/templates/{id}", all))).isEqualTo(404);
    }

    @Test
    void aTemplateNeedsExercisesOfTheClubAndATeamOfTheClub() throws Exception {
        Club club = club();
        Club other = club();
        UUID foreign = exercise(other, "Their squat");
        UUID squat = exercise(club, "Squat");
        MvcResult wrongExercise = post(club.trainer(), template("T", "organization", null, foreign), "/api/templates");
        assertThat(status(wrongExercise)).isEqualTo(400);
        assertThat(field(wrongExercise)).isEqualTo("exercises");
        MvcResult noTeam = post(club.trainer(), template("T", "team", null, squat), "/api/templates");
        assertThat(field(noTeam)).isEqualTo("teamId");
        assertThat(status(post(club.trainer(), template("T", "team", other.team, squat), "/api/templates")))
                .isEqualTo(404);
        MvcResult noReps = post(club.trainer(), "{\"name\":\"T\",\"type\":\"strength\",\"visibility\":\"organization\","
                + "\"exercises\":[{\"exerciseId\":\"" + squat + "\",\"sets\":3}]}", "/api/templates");
        assertThat(field(noReps)).isEqualTo("exercises[0]");
        MvcResult empty = post(club.trainer(), "{\"name\":\"T\",\"type\":\"strength\",\"visibility\":\"organization\","
                + "\"exercises\":[]}", "/api/templates");
        assertThat(field(empty)).isEqualTo("exercises");
        assertThat(status(post(club.player(0), template("T", "organization", null, squat), "/api/templates")))
                .isEqualTo(403);
    }
}
