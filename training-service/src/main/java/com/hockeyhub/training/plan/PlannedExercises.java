package com.hockeyhub.training.plan;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The ordered exercises of templates and sessions (a session starts as a copy of its template's). */
@Component
public class PlannedExercises {

    public static final int MAX = 40;

    private final JdbcTemplate jdbc;

    PlannedExercises(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Checks the list's own rules (400 naming {@code field}); the exercises' existence is the library's. */
    public static void check(List<PlannedExercise> exercises, String field) {
        if (exercises.size() > MAX) {
            throw new InvalidRequestException(field, "must have at most " + MAX + " exercises");
        }
        for (int i = 0; i < exercises.size(); i++) {
            if (!exercises.get(i).measured()) {
                throw new InvalidRequestException(field + "[" + i + "]", "needs reps or durationSeconds");
            }
        }
    }

    public void replaceOfTemplate(UUID organizationId, UUID templateId, List<PlannedExercise> exercises) {
        jdbc.update("DELETE FROM planned_exercises WHERE template_id = ?", templateId);
        insert(organizationId, "template_id", templateId, exercises);
    }

    public void replaceOfSession(UUID organizationId, UUID sessionId, List<PlannedExercise> exercises) {
        jdbc.update("DELETE FROM planned_exercises WHERE session_id = ?", sessionId);
        insert(organizationId, "session_id", sessionId, exercises);
    }

    public List<PlannedExercise> ofTemplate(UUID templateId) {
        return read("template_id", templateId);
    }

    public List<PlannedExercise> ofSession(UUID sessionId) {
        return read("session_id", sessionId);
    }

    private void insert(UUID organizationId, String owner, UUID ownerId, List<PlannedExercise> exercises) {
        for (int i = 0; i < exercises.size(); i++) {
            PlannedExercise e = exercises.get(i);
            jdbc.update("INSERT INTO planned_exercises (id, organization_id, " + owner + ", position, exercise_id, "
                    + "sets, reps, duration_seconds, rest_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Uuid7.next(), organizationId, ownerId, i, e.exerciseId(), e.sets(), e.reps(),
                    e.durationSeconds(), e.restSeconds());
        }
    }

    private List<PlannedExercise> read(String owner, UUID ownerId) {
        return jdbc.query("SELECT exercise_id, sets, reps, duration_seconds, rest_seconds FROM planned_exercises "
                + "WHERE " + owner + " = ? ORDER BY position", (rs, i) -> new PlannedExercise(
                rs.getObject("exercise_id", UUID.class), rs.getInt("sets"), (Integer) rs.getObject("reps"),
                (Integer) rs.getObject("duration_seconds"), rs.getInt("rest_seconds")), ownerId);
    }
}
