package com.hockeyhub.statistics.game;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.statistics.game.GameQueries.Filter;
import com.hockeyhub.statistics.game.GameRequests.CorrectGame;
import com.hockeyhub.statistics.game.GameRequests.RecordGame;
import com.hockeyhub.statistics.game.GameService.RecordedGame;
import com.hockeyhub.statistics.support.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/games")
@Tag(name = "Games", description = "Game results with per-player stats: recorded and corrected by the club's "
        + "admins, coaches and team managers; read by the club")
class GameController {

    private final GameService games;
    private final GameQueries queries;

    GameController(GameService games, GameQueries queries) {
        this.games = games;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Record a game result with the club players' lines",
            description = "All-or-nothing. 201 for a new game; recording the same game (division, home, away, start) "
                    + "again replaces it: 200 with replaced=true. Impossible stats are 400s naming the field; a tie "
                    + "where the division has none, or a player not on the team, 422.")
    ResponseEntity<GameResponse> record(CurrentUser user, @Valid @RequestBody RecordGame request) {
        RecordedGame recorded = games.record(user, request);
        GameResponse body = GameResponse.of(recorded);
        return recorded.replaced() ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/games/" + body.id())).body(body);
    }

    @GetMapping
    @Operation(summary = "The club's games of a season (default current), optionally of a division or team, "
            + "within a date range of at most the configured days")
    PageResponse<GameSummary> list(CurrentUser user, @RequestParam(required = false) String season,
            @RequestParam(required = false) UUID divisionId, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.page(user, new Filter(season, divisionId, teamId, from, to), page, size);
    }

    @GetMapping(produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "The same games as CSV, streamed")
    void listCsv(CurrentUser user, @RequestParam(required = false) String season,
            @RequestParam(required = false) UUID divisionId, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            HttpServletResponse response) {
        queries.exportCsv(user, new Filter(season, divisionId, teamId, from, to),
                () -> CsvWriter.to(response, "games"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One game with its player lines",
            description = "Every member of the club sees the score; the club's staff see every player line, a "
                    + "player their own line, a parent their children's.")
    GameResponse get(CurrentUser user, @PathVariable UUID id) {
        return GameResponse.of(games.read(user, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a game (score, decision, every line; send the version read); 409 if it changed")
    GameResponse correct(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CorrectGame request) {
        return GameResponse.of(games.correct(user, id, request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a game recorded in error (its lines leave the statistics)")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
        games.delete(user, id);
        return ResponseEntity.noContent().build();
    }
}
