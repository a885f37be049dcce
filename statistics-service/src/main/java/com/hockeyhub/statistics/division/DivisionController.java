package com.hockeyhub.statistics.division;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.statistics.division.DivisionRequests.AddTeam;
import com.hockeyhub.statistics.division.DivisionRequests.CreateDivision;
import com.hockeyhub.statistics.division.DivisionService.DivisionView;
import com.hockeyhub.statistics.support.CsvWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/divisions")
@Tag(name = "Divisions", description = "A season's league divisions: the club's teams and their opponents, tie and "
        + "game-length rules, public standings. The list is also CSV (Accept: text/csv).")
class DivisionController {

    private final DivisionService divisions;

    DivisionController(DivisionService divisions) {
        this.divisions = divisions;
    }

    @PostMapping
    @Operation(summary = "Create a division with its teams (club admins, coaches, team managers)")
    ResponseEntity<DivisionResponse> create(CurrentUser user, @Valid @RequestBody CreateDivision request) {
        DivisionView view = divisions.create(user, request);
        return ResponseEntity.created(URI.create("/api/divisions/" + view.division().getId()))
                .body(DivisionResponse.of(view.division(), view.teams()));
    }

    @GetMapping
    @Operation(summary = "The club's divisions, of one season or all")
    List<DivisionResponse> list(CurrentUser user, @RequestParam(required = false) String season) {
        return divisions.list(user, season).stream().map(v -> DivisionResponse.of(v.division(), v.teams())).toList();
    }

    @GetMapping(produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "The club's divisions as CSV, of one season or all",
            description = "One row per participant of each division (a division without participants: one row with "
                    + "empty team columns); club_team_id is empty for opponents outside the club.")
    void listCsv(CurrentUser user, @RequestParam(required = false) String season, HttpServletResponse response) {
        List<DivisionView> found = divisions.list(user, season);
        CsvWriter out = CsvWriter.to(response, "divisions");
        out.row("division_id", "season", "division", "ties_allowed", "public_standings", "period_minutes", "periods",
                "overtime_minutes", "participant_id", "team", "club_team_id");
        for (DivisionView view : found) {
            DivisionResponse d = DivisionResponse.of(view.division(), view.teams());
            if (d.teams().isEmpty()) {
                out.row(d.id(), d.season(), d.name(), d.tiesAllowed(), d.publicStandings(), d.periodMinutes(),
                        d.periods(), d.overtimeMinutes(), null, null, null);
            }
            d.teams().forEach(t -> out.row(d.id(), d.season(), d.name(), d.tiesAllowed(), d.publicStandings(),
                    d.periodMinutes(), d.periods(), d.overtimeMinutes(), t.id(), t.name(), t.teamId()));
        }
        out.flush();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One division with its teams")
    DivisionResponse get(CurrentUser user, @PathVariable UUID id) {
        DivisionView view = divisions.read(user, id);
        return DivisionResponse.of(view.division(), view.teams());
    }

    @PostMapping("/{id}/teams")
    @Operation(summary = "Add a team to a division (club admins, coaches, team managers); 409 if already in it")
    DivisionResponse addTeam(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody AddTeam request) {
        DivisionView view = divisions.addTeam(user, id, request.team());
        return DivisionResponse.of(view.division(), view.teams());
    }
}
