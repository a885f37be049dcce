package com.hockeyhub.planning.strategy;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Game strategies", description = "A team's plan for a calendar game: lineups, tactics, scouting notes, "
        + "period adjustments, post-game analysis")
class GameStrategyController {

    private final GameStrategyService strategies;

    GameStrategyController(GameStrategyService strategies) {
        this.strategies = strategies;
    }

    @PostMapping("/api/game-strategies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The strategy for a calendar game (the team's coaches, club admins; 409 for a second)",
            description = "Lineups: evenStrength lines of 3 forwards + 2 defence, powerPlay units of 5 skaters "
                    + "(3+2 or 4+1), penaltyKill units of 2+2 (or 1+2), goalies; no skater twice in one type, no "
                    + "goalie as a skater, only players of the team's roster (400 naming the field).")
    StrategyViews.StrategyView create(CurrentUser user, @Valid @RequestBody StrategyViews.StrategyRequest request) {
        return strategies.create(request, user);
    }

    @GetMapping("/api/game-strategies/{id}")
    @Operation(summary = "A game strategy (scouting notes for the team's coaches and club admins only)")
    StrategyViews.StrategyView get(CurrentUser user, @PathVariable UUID id) {
        return strategies.get(id, user);
    }

    @PutMapping("/api/game-strategies/{id}")
    @Operation(summary = "Change a strategy's lineups, tactics, scouting notes and period adjustments")
    StrategyViews.StrategyView update(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody StrategyViews.StrategyRequest request) {
        return strategies.update(id, request, user);
    }

    @PutMapping("/api/game-strategies/{id}/post-game-analysis")
    @Operation(summary = "Write the post-game analysis")
    StrategyViews.StrategyView analyse(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody StrategyViews.AnalysisRequest request) {
        return strategies.analyse(id, request.postGameAnalysis(), user);
    }

    @GetMapping("/api/games/{calendarEventId}/strategy")
    @Operation(summary = "The strategy of a calendar game")
    StrategyViews.StrategyView ofGame(CurrentUser user, @PathVariable UUID calendarEventId) {
        return strategies.ofGame(calendarEventId, user);
    }

    @GetMapping("/api/teams/{teamId}/game-strategies")
    @Operation(summary = "A team's game strategies, latest game first")
    List<StrategyViews.StrategyView> ofTeam(CurrentUser user, @PathVariable UUID teamId) {
        return strategies.ofTeam(teamId, user);
    }
}
