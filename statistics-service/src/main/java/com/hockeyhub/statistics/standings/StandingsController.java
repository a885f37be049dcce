package com.hockeyhub.statistics.standings;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.statistics.support.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Standings and leaderboards", description = "Served from materialized views refreshed after new "
        + "results; the club is the caller's. Every list is also CSV (Accept: text/csv).")
class StandingsController {

    private final StandingsService standings;

    StandingsController(StandingsService standings) {
        this.standings = standings;
    }

    @GetMapping("/api/standings")
    @Operation(summary = "Standings of the club's divisions in a season (default: the current season)",
            description = "Points = 2 × W + OTL (+ T where the division has ties), ordered by points, goal "
                    + "difference, goals for.")
    Standings standings(CurrentUser user, @RequestParam(required = false) String season,
            @RequestParam(required = false) UUID divisionId) {
        return standings.standings(user, season, divisionId);
    }

    @GetMapping(value = "/api/standings", produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "Standings as CSV")
    void standingsCsv(CurrentUser user, @RequestParam(required = false) String season,
            @RequestParam(required = false) UUID divisionId, HttpServletResponse response) {
        write(standings.standings(user, season, divisionId), CsvWriter.to(response, "standings"));
    }

    @GetMapping("/api/public/divisions/{divisionId}/standings")
    @Operation(summary = "Standings of a division its club made public (no token needed; 404 otherwise)")
    Standings publicStandings(@PathVariable UUID divisionId) {
        return standings.publicStandings(divisionId);
    }

    @GetMapping(value = "/api/public/divisions/{divisionId}/standings", produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "Public standings as CSV (no token needed; 404 unless the club made them public)")
    void publicStandingsCsv(@PathVariable UUID divisionId, HttpServletResponse response) {
        Standings table = standings.publicStandings(divisionId);
        write(table, CsvWriter.to(response, "standings-" + divisionId));
    }

    @GetMapping("/api/teams/{teamId}/season-stats")
    @Operation(summary = "A club team's season record and its players' totals (default: current season)",
            description = "Every member of the club sees the team's record; the club's staff see every player's "
                    + "totals, a player their own, a parent their children's.")
    TeamSeasonStats teamSeason(CurrentUser user, @PathVariable UUID teamId,
            @RequestParam(required = false) String season) {
        return standings.teamSeason(user, teamId, season);
    }

    @GetMapping(value = "/api/teams/{teamId}/season-stats", produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "The team's players' season totals as CSV",
            description = "The lines the caller may see: staff every player's, a player their own, a parent their "
                    + "children's.")
    void teamSeasonCsv(CurrentUser user, @PathVariable UUID teamId, @RequestParam(required = false) String season,
            HttpServletResponse response) {
        TeamSeasonStats stats = standings.teamSeason(user, teamId, season);
        CsvWriter out = CsvWriter.to(response, "team-" + teamId + "-" + stats.season());
        out.row("player_id", "name", "games_played", "goals", "assists", "points", "plus_minus", "penalty_minutes",
                "shots", "hits", "blocks", "goalie_games", "saves", "shots_against");
        stats.players().forEach(p -> out.row(p.playerId(), p.name(), p.gamesPlayed(), p.goals(), p.assists(),
                p.points(), p.plusMinus(), p.penaltyMinutes(), p.shots(), p.hits(), p.blocks(), p.goalieGames(),
                p.saves(), p.shotsAgainst()));
        out.flush();
    }

    @GetMapping("/api/leaderboards")
    @Operation(summary = "The club's leaders of a season by points, goals, assists, plus_minus or save_pct",
            description = "minGames: games played (goalie games for save_pct; default from the service settings).")
    Leaderboard leaderboard(CurrentUser user, @RequestParam(required = false) String stat,
            @RequestParam(required = false) String season, @RequestParam(required = false) Integer minGames,
            @RequestParam(required = false) Integer limit) {
        return standings.leaderboard(user, stat, season, minGames, limit);
    }

    @GetMapping(value = "/api/leaderboards", produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "A leaderboard as CSV")
    void leaderboardCsv(CurrentUser user, @RequestParam(required = false) String stat,
            @RequestParam(required = false) String season, @RequestParam(required = false) Integer minGames,
            @RequestParam(required = false) Integer limit, HttpServletResponse response) {
        Leaderboard board = standings.leaderboard(user, stat, season, minGames, limit);
        CsvWriter out = CsvWriter.to(response, "leaderboard-" + board.stat().value());
        out.row("rank", "player_id", "name", "games_played", "goals", "assists", "points", "plus_minus",
                "goalie_games", "saves", "shots_against", board.stat().value());
        board.rows().forEach(r -> out.row(r.rank(), r.playerId(), r.name(), r.gamesPlayed(), r.goals(), r.assists(),
                r.points(), r.plusMinus(), r.goalieGames(), r.saves(), r.shotsAgainst(), r.value()));
        out.flush();
    }

    private static void write(Standings table, CsvWriter out) {
        out.row("division_id", "division", "rank", "team", "team_id", "games_played", "wins", "losses",
                "overtime_losses", "ties", "points", "goals_for", "goals_against", "goal_difference");
        table.divisions().forEach(d -> d.rows().forEach(r -> out.row(d.divisionId(), d.name(), r.rank(), r.team(),
                r.teamId(), r.gamesPlayed(), r.wins(), r.losses(), r.overtimeLosses(), r.ties(), r.points(),
                r.goalsFor(), r.goalsAgainst(), r.goalDifference())));
        out.flush();
    }
}
