package com.hockeyhub.statistics.game;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Request bodies of the game endpoints. */
public final class GameRequests {

    private GameRequests() {
    }

    /** A game result with the lines of the club's players; the same game recorded again replaces it. */
    public record RecordGame(
            @NotNull UUID divisionId,
            @NotNull @Schema(description = "A participant of the division") UUID homeTeamId,
            @NotNull UUID awayTeamId,
            @NotNull @PastOrPresent Instant playedAt,
            @NotNull @Min(0) @Max(50) Integer homeScore,
            @NotNull @Min(0) @Max(50) Integer awayScore,
            @NotNull GameDecision decision,
            @Min(0) @Max(200) Integer homeShots,
            @Min(0) @Max(200) Integer awayShots,
            @Size(max = 80) List<@Valid @NotNull PlayerLine> players) {

        Result result() {
            return new Result(homeScore, awayScore, decision, homeShots, awayShots, players);
        }
    }

    /** A staff correction of a recorded game: score, decision and every player line (send the version read). */
    public record CorrectGame(
            @NotNull @Min(0) @Max(50) Integer homeScore,
            @NotNull @Min(0) @Max(50) Integer awayScore,
            @NotNull GameDecision decision,
            @Min(0) @Max(200) Integer homeShots,
            @Min(0) @Max(200) Integer awayShots,
            @Size(max = 80) List<@Valid @NotNull PlayerLine> players,
            @NotNull @Schema(description = "The version last read (optimistic locking)") Long version) {

        Result result() {
            return new Result(homeScore, awayScore, decision, homeShots, awayShots, players);
        }
    }

    /** The result part shared by recording and correcting. */
    record Result(int homeScore, int awayScore, GameDecision decision, Integer homeShots, Integer awayShots,
                  List<PlayerLine> players) {

        Result {
            players = players == null ? List.of() : players;
        }
    }

    /** One player's line; absent numbers count as 0. */
    public record PlayerLine(
            @NotNull UUID playerId,
            @NotNull Side side,
            @Min(0) @Max(50) Integer goals,
            @Min(0) @Max(50) Integer assists,
            @Min(-50) @Max(50) Integer plusMinus,
            @Min(0) @Max(200) Integer penaltyMinutes,
            @Min(0) @Max(200) Integer shots,
            @Min(0) @Max(200) Integer hits,
            @Min(0) @Max(200) Integer blocks,
            @Min(0) @Max(200) Integer faceoffsWon,
            @Min(0) @Max(200) Integer faceoffsTaken,
            @Min(0) @Schema(description = "Time on ice in seconds; at most the game's length") Integer toiSeconds,
            @Schema(description = "A goalie's line (saves and shots against)") Boolean goalie,
            @Min(0) @Max(200) Integer saves,
            @Min(0) @Max(200) Integer shotsAgainst) {

        public PlayerLine {
            goals = zero(goals);
            assists = zero(assists);
            plusMinus = zero(plusMinus);
            penaltyMinutes = zero(penaltyMinutes);
            shots = zero(shots);
            hits = zero(hits);
            blocks = zero(blocks);
            faceoffsWon = zero(faceoffsWon);
            faceoffsTaken = zero(faceoffsTaken);
            toiSeconds = zero(toiSeconds);
            goalie = Boolean.TRUE.equals(goalie);
            saves = zero(saves);
            shotsAgainst = zero(shotsAgainst);
        }

        public int points() {
            return goals + assists;
        }

        private static Integer zero(Integer value) {
            return value == null ? 0 : value;
        }
    }
}
