package com.hockeyhub.training.execution;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutionTest extends TrainingApiTestBase {

    @LocalServerPort
    int port;

    /** A session (one exercise, 3 sets × 8 reps) assigned to the team; the player's assignment id and the exercise. */
    private record Assigned(UUID session, String assignment, String exercise) {
    }

    private Assigned assigned(Club club, int player) throws Exception {
        UUID session = session(club, club.team, 1);
        assertThat(status(post(club.trainer(), "{}", "/api/sessions/{id}/assignments", session))).isEqualTo(200);
        String assignment = null;
        for (JsonNode a : json(get(club.trainer(), "/api/sessions/{id}/assignments", session))) {
            if (a.get("playerId").asString().equals(club.players.get(player).toString())) {
                assignment = a.get("id").asString();
            }
        }
        String exercise = json(get(club.trainer(), "/api/sessions/{id}", session)).at("/exercises/0/exerciseId")
                .asString();
        return new Assigned(session, assignment, exercise);
    }

    private static String set(String exercise, String reps, String weight, String rpe) {
        return "{\"exerciseId\":\"%s\",\"reps\":%s,\"weightKg\":%s,\"rpe\":%s}".formatted(exercise, reps, weight, rpe);
    }

    @Test
    void aPlayerStartsLogsSetsAndCompletesAndStatisticsHearsTheLoad() throws Exception {
        Club club = club();
        Assigned a = assigned(club, 0);
        MvcResult started = post(club.player(0), "{}", "/api/assignments/{id}/executions", a.assignment());
        assertThat(status(started)).as(started.getResponse().getContentAsString()).isEqualTo(201);
        String execution = json(started).get("id").asString();
        assertThat(json(started).get("status").asString()).isEqualTo("in_progress");
        assertThat(json(started).get("plannedSets").asInt()).isEqualTo(3);
        assertThat(status(post(club.coach(), "{}", "/api/sessions/{id}/start", a.session()))).isEqualTo(200);

        for (int i = 0; i < 2; i++) {
            MvcResult logged = post(club.player(0), set(a.exercise(), "8", "60", "7"), "/api/executions/{id}/sets",
                    execution);
            assertThat(status(logged)).as(logged.getResponse().getContentAsString()).isEqualTo(201);
        }
        MvcResult busy = post(club.coach(), "{}", "/api/sessions/{id}/complete", a.session());
        assertThat(status(busy)).as("a workout is in progress").isEqualTo(409);
        assertThat(json(busy).get("detail").asString()).contains("in progress");

        JsonNode done = json(post(club.player(0), "{\"durationMinutes\":45,\"rpe\":8}", "/api/executions/{id}/complete",
                execution));
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(done.get("completionPercent").asInt()).isEqualTo(67);
        assertThat(done.get("loggedSets").asInt()).isEqualTo(2);
        assertThat(done.get("load").decimalValue()).isEqualByComparingTo("360");
        JsonNode workout = published("training.workout.completed", club.id).get(0);
        assertThat(workout.get("executionId").asString()).isEqualTo(execution);
        assertThat(workout.get("load").decimalValue()).isEqualByComparingTo("360");
        assertThat(workout.get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(count("SELECT count(*) FROM assignments WHERE id = ?::uuid AND status = 'completed'",
                a.assignment())).isEqualTo(1);

        assertThat(status(post(club.player(0), "{\"durationMinutes\":45,\"rpe\":8}", "/api/executions/{id}/complete",
                execution))).as("completing twice").isEqualTo(409);
        assertThat(status(post(club.player(0), set(a.exercise(), "8", "60", "7"), "/api/executions/{id}/sets",
                execution))).as("a set after completion").isEqualTo(409);
        assertThat(status(post(club.player(0), "{}", "/api/assignments/{id}/executions", a.assignment())))
                .as("the assignment is completed").isEqualTo(409);
        assertThat(status(post(club.coach(), "{}", "/api/sessions/{id}/complete", a.session()))).isEqualTo(200);

        assertThat(json(get(club.parentOf(0), "/api/executions/{id}", execution)).get("sets")).hasSize(2);
        assertThat(json(get(club.parentOf(0), "/api/players/{p}/executions", club.players.get(0)))).hasSize(1);
        assertThat(status(get(club.parentOf(1), "/api/executions/{id}", execution))).isEqualTo(404);
        assertThat(status(get(club.player(1), "/api/players/{p}/executions", club.players.get(0)))).isEqualTo(403);
        Club other = club();
        assertThat(status(get(other.trainer(), "/api/executions/{id}", execution))).isEqualTo(404);
        assertThat(status(get(other.trainer(), "/api/players/{p}/executions", club.players.get(0)))).isEqualTo(404);
        assertThat(status(post(other.trainer(), "{\"rpe\":5}", "/api/executions/{id}/complete", execution)))
                .isEqualTo(404);
    }

    @Test
    void concurrentStartsForOnePlayerLeaveOneExecution() throws Exception {
        Club club = club();
        Assigned a = assigned(club, 1);
        String token = club.player(1);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                    + "/api/assignments/" + a.assignment() + "/executions"))
                            .header("Authorization", token).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> response = f.get();
                if (response.statusCode() == 201) {
                    created++;
                } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
                    assertThat(response.body()).contains("workout_executions_one_in_progress_uk");
                }
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM workout_executions WHERE assignment_id = ?::uuid", a.assignment()))
                .isEqualTo(1);
    }

    @Test
    void badSetsAndCompletionsAreRefusedByName() throws Exception {
        Club club = club();
        Assigned a = assigned(club, 2);
        assertThat(status(post(club.player(0), "{}", "/api/assignments/{id}/executions", a.assignment())))
                .as("a teammate's assignment").isEqualTo(403);
        assertThat(status(post(club.parentOf(2), "{}", "/api/assignments/{id}/executions", a.assignment())))
                .as("parents read, they do not record").isEqualTo(403);
        assertThat(status(post(club.trainer(), "{}", "/api/assignments/{id}/executions", UUID.randomUUID())))
                .isEqualTo(404);
        assertThat(status(post(null, "{}", "/api/assignments/{id}/executions", a.assignment()))).isEqualTo(401);
        String execution = json(post(club.player(2), "{}", "/api/assignments/{id}/executions", a.assignment()))
                .get("id").asString();
        String[][] cases = {
                {set(a.exercise(), "8", "60", "0"), "rpe"},
                {set(a.exercise(), "8", "60", "11"), "rpe"},
                {set(a.exercise(), "-1", "60", "7"), "reps"},
                {set(a.exercise(), "8", "-2.5", "7"), "weightKg"},
                {set(UUID.randomUUID().toString(), "8", "60", "7"), "exerciseId"},
                {"{\"reps\":8}", "exerciseId"},
                {"{\"exerciseId\":\"%s\",\"rpe\":7}".formatted(a.exercise()), "reps"}};
        for (String[] c : cases) {
            MvcResult r = post(club.player(2), c[0], "/api/executions/{id}/sets", execution);
            assertThat(status(r)).as(c[0]).isEqualTo(400);
            assertThat(field(r)).as(c[0]).isEqualTo(c[1]);
        }
        MvcResult noRpe = post(club.player(2), "{\"durationMinutes\":30}", "/api/executions/{id}/complete", execution);
        assertThat(status(noRpe)).isEqualTo(400);
        assertThat(field(noRpe)).isEqualTo("rpe");
        assertThat(field(post(club.player(2), "{\"durationMinutes\":0,\"rpe\":5}", "/api/executions/{id}/complete",
                execution))).isEqualTo("durationMinutes");
        assertThat(status(post(club.player(2), set(a.exercise(), "8", "60", "7"), "/api/executions/{id}/sets",
                UUID.randomUUID()))).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM execution_sets WHERE execution_id = ?::uuid", execution)).isZero();
        assertThat(json(get(club.player(2), "/api/executions/{id}", execution)).get("completionPercent").asInt())
                .isZero();
    }
}
