package com.hockeyhub.training.exercise;

import java.util.UUID;

import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

class ExerciseApiTest extends TrainingApiTestBase {

    @Test
    void theLibraryKeepsNamesUniquePerClub() throws Exception {
        Club club = club();
        UUID squat = exercise(club, "Front squat");
        MvcResult again = post(club.coach(), "{\"name\":\"FRONT SQUAT \",\"category\":\"strength\","
                + "\"unit\":\"kilograms\"}", "/api/exercises");
        assertThat(status(again)).isEqualTo(409);
        assertThat(again.getResponse().getContentType()).contains("application/problem+json");
        // another club may use the name
        Club other = club();
        exercise(other, "Front squat");
        // renaming onto a taken name is refused too; keeping one's own name is fine
        UUID lunge = exercise(club, "Walking lunge");
        assertThat(status(put(club.trainer(), "{\"name\":\"front squat\",\"category\":\"strength\","
                + "\"unit\":\"kilograms\"}", "/api/exercises/{id}", lunge))).isEqualTo(409);
        MvcResult renamed = put(club.trainer(), "{\"name\":\"Walking lunge\",\"category\":\"mobility\","
                + "\"unit\":\"reps\",\"muscleGroups\":[\"hips\",\"glutes\"]}", "/api/exercises/{id}", lunge);
        assertThat(status(renamed)).isEqualTo(200);
        assertThat(json(renamed).get("muscleGroups")).hasSize(2);

        assertThat(json(get(club.player(0), "/api/exercises?category=mobility")).get("content")).hasSize(1);
        assertThat(json(get(club.player(0), "/api/exercises")).get("totalElements").asInt()).isEqualTo(2);
        assertThat(status(get(club.player(0), "/api/exercises/{id}", squat))).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedByName() throws Exception {
        Club club = club();
        String[][] cases = {
                {"{\"category\":\"strength\",\"unit\":\"reps\"}", "name"},
                {"{\"name\":\"X\",\"category\":\"yoga\",\"unit\":\"reps\"}", "category"},
                {"{\"name\":\"X\",\"category\":\"strength\"}", "unit"},
                {"{\"name\":\"" + "x".repeat(121) + "\",\"category\":\"strength\",\"unit\":\"reps\"}", "name"}};
        for (String[] c : cases) {
            MvcResult result = post(club.trainer(), c[0], "/api/exercises");
            assertThat(status(result)).as(c[0]).isEqualTo(400);
            assertThat(field(result)).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(field(get(club.trainer(), "/api/exercises?category=yoga"))).isEqualTo("category");
        assertThat(field(get(club.trainer(), "/api/exercises?size=1000"))).isEqualTo("size");
        assertThat(status(post(club.trainer(), "{\"name\":", "/api/exercises"))).isEqualTo(400);
    }

    @Test
    void playersReadAndAnotherClubFindsNothing() throws Exception {
        Club club = club();
        UUID squat = exercise(club, "Box squat");
        assertThat(status(post(club.player(0), "{\"name\":\"Mine\",\"category\":\"strength\",\"unit\":\"reps\"}",
                "/api/exercises"))).isEqualTo(403);
        Club other = club();
        assertThat(status(get(other.trainer(), "/api/exercises/{id}", squat))).isEqualTo(404);
        assertThat(status(put(other.trainer(), "{\"name\":\"Stolen\",\"category\":\"strength\",\"unit\":\"reps\"}",
                "/api/exercises/{id}", squat))).isEqualTo(404);
        assertThat(status(delete(other.trainer(), "/api/exercises/{id}", squat))).isEqualTo(404);
        assertThat(json(get(other.trainer(), "/api/exercises")).get("totalElements").asInt()).isZero();
        assertThat(status(delete(club.trainer(), "/api/exercises/{id}", squat))).isEqualTo(204);
        assertThat(status(get(club.trainer(), "/api/exercises/{id}", squat))).isEqualTo(404);
        assertThat(status(get(null, "/api/exercises"))).isEqualTo(401);
    }
}
