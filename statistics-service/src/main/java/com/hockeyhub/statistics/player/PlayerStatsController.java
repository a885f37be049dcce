package com.hockeyhub.statistics.player;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.statistics.support.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Player stats", description = "A player's detailed season stats and trends: the player, their parents "
        + "and the club's staff")
class PlayerStatsController {

    private final PlayerStatsService players;

    PlayerStatsController(PlayerStatsService players) {
        this.players = players;
    }

    @GetMapping("/api/players/{playerId}/stats")
    @Operation(summary = "Season totals, games missed while injured and the game log (default: current season)")
    PlayerStats stats(CurrentUser user, @PathVariable UUID playerId, @RequestParam(required = false) String season) {
        return players.stats(user, playerId, season);
    }

    @GetMapping(value = "/api/players/{playerId}/stats", produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "The game log as CSV, streamed")
    void statsCsv(CurrentUser user, @PathVariable UUID playerId, @RequestParam(required = false) String season,
            HttpServletResponse response) {
        players.exportCsv(user, playerId, season, () -> CsvWriter.to(response, "player-" + playerId));
    }

    @GetMapping("/api/players/{playerId}/trends")
    @Operation(summary = "Per game: the numbers and their rolling averages over the last `window` games (1-20, "
            + "default 5)")
    @ApiResponse(responseCode = "200", description = "The trend",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlayerTrend.class)))
    ResponseEntity<byte[]> trends(CurrentUser user, @PathVariable UUID playerId,
            @RequestParam(required = false) String season, @RequestParam(required = false) Integer window) {
        return players.trends(user, playerId, season, window).ok();
    }

    @GetMapping(value = "/api/players/{playerId}/trends", produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "The trend as CSV")
    void trendsCsv(CurrentUser user, @PathVariable UUID playerId, @RequestParam(required = false) String season,
            @RequestParam(required = false) Integer window, HttpServletResponse response) {
        PlayerTrend trend = players.trendForExport(user, playerId, season, window);
        CsvWriter out = CsvWriter.to(response, "trend-" + playerId);
        out.row("game_id", "played_at", "goals", "assists", "points", "shots", "plus_minus", "toi_seconds",
                "avg_goals", "avg_points", "avg_shots", "avg_plus_minus", "avg_toi_seconds");
        trend.games().forEach(p -> out.row(p.gameId(), p.playedAt(), p.goals(), p.assists(), p.points(), p.shots(),
                p.plusMinus(), p.toiSeconds(), p.avgGoals(), p.avgPoints(), p.avgShots(), p.avgPlusMinus(),
                p.avgToiSeconds()));
        out.flush();
    }
}
