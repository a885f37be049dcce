package com.hockeyhub.training.assignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Requests and answers of the assignment API. */
public final class AssignmentViews {

    private AssignmentViews() {
    }

    public record AssignmentResponse(UUID id, UUID sessionId, UUID teamId, UUID playerId, AssignmentStatus status,
                                     AssignmentSource source, BigDecimal loadMultiplier, Integer durationMinutes,
                                     BigDecimal rpe, BigDecimal load, Instant completedAt) {

        static AssignmentResponse of(Assignment a) {
            return new AssignmentResponse(a.getId(), a.getSessionId(), a.getTeamId(), a.getPlayerId(), a.getStatus(),
                    a.getSource(), a.getLoadMultiplier(), a.getDurationMinutes(), a.getRpe(), a.load(),
                    a.getCompletedAt());
        }
    }

    public record Excluded(UUID playerId, String reason) {
    }

    /**
     * Whom to assign a session to: listed players of the club, or one position group of the session's team, or
     * (both absent) the whole team.
     */
    public record AssignRequest(@Size(max = 500) List<@NotNull UUID> playerIds, @Size(max = 40) String position) {
    }

    /**
     * A template given straight to players: the session's time and length, optionally its title (default: the
     * template's name) and location.
     */
    public record TemplateAssignRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> playerIds,
                                        @NotNull Instant startsAt,
                                        @NotNull @Min(5) @Max(480) Integer durationMinutes,
                                        @Size(max = 120) String title,
                                        @Size(max = 200) String location) {
    }

    /** The result of giving a template to players: one session per team the players play on, and who got it. */
    public record TemplateAssignment(UUID templateId, List<TeamAssignment> sessions) {
    }

    /** A per-player load modifier (0.1–2.0 of the planned load). */
    public record LoadModifier(@NotNull @DecimalMin("0.1") @DecimalMax("2.0") BigDecimal loadMultiplier) {
    }

    /**
     * A player not given the session because they have it already ({@code sessionId} is this session) or another
     * session at that time ({@code sessionId} names it).
     */
    public record Conflict(UUID playerId, UUID sessionId, String reason) {
    }

    /**
     * The result of assigning a session: who got it (and at what load), who was left out for medical reasons, and
     * the conflicts — players who have it already ({@code alreadyAssigned} of them) or have another session at that
     * time — none of them duplicated.
     */
    public record TeamAssignment(UUID sessionId, List<AssignmentResponse> assigned, List<Excluded> excluded,
                                 int alreadyAssigned, List<Conflict> conflicts) {
    }

    /** What one exercise of the workout came to. */
    public record ExerciseResult(@NotNull UUID exerciseId, @NotNull @Min(0) @Max(20) Integer sets,
                                 @Min(0) @Max(500) Integer reps,
                                 @DecimalMin("0") @DecimalMax("1000") BigDecimal load) {
    }

    /** A completed workout: its duration, the player's rating of perceived exertion (1–10), and the results. */
    public record Execution(@NotNull @Min(1) @Max(480) Integer durationMinutes,
                            @NotNull @DecimalMin("1") @DecimalMax("10") BigDecimal rpe,
                            @Size(max = 40) List<@Valid @NotNull ExerciseResult> results) {
    }

    public record UpcomingSession(UUID sessionId, UUID assignmentId, UUID teamId, String title, String type,
                                  Instant startsAt, int durationMinutes, String location, String status,
                                  BigDecimal loadMultiplier) {
    }

    /** A player's upcoming sessions: the cached hot read, tagged with the player. */
    public record Upcoming(UUID playerId, List<UpcomingSession> sessions) {

        public String tag() {
            return CacheTag.user(playerId);
        }
    }
}
