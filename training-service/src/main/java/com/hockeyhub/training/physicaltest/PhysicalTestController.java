package com.hockeyhub.training.physicaltest;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiEnums;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Physical tests", description = "The club's physical tests, players' results, history and team ranking")
class PhysicalTestController {

    private final PhysicalTestService tests;

    PhysicalTestController(PhysicalTestService tests) {
        this.tests = tests;
    }

    @GetMapping("/api/physical-tests")
    @Operation(summary = "The club's physical tests (any member)")
    List<PhysicalTestViews.TestResponse> list(CurrentUser user) {
        return tests.list(user);
    }

    @GetMapping("/api/physical-tests/{id}")
    @Operation(summary = "One physical test of the club")
    PhysicalTestViews.TestResponse get(CurrentUser user, @PathVariable UUID id) {
        return tests.get(id, user);
    }

    @PostMapping("/api/physical-tests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a physical test (trainers, coaches, club admins); 409 when the name is taken",
            description = "The unit, and whether a higher value is better (vertical jump) or a lower one (30 m sprint).")
    PhysicalTestViews.TestResponse create(CurrentUser user, @Valid @RequestBody PhysicalTestViews.TestRequest request) {
        return tests.create(request, user);
    }

    @PutMapping("/api/physical-tests/{id}")
    @Operation(summary = "Change a physical test's definition")
    PhysicalTestViews.TestResponse update(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody PhysicalTestViews.TestRequest request) {
        return tests.update(id, request, user);
    }

    @DeleteMapping("/api/physical-tests/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a physical test (its results stay in the players' records)")
    void delete(CurrentUser user, @PathVariable UUID id) {
        tests.delete(id, user);
    }

    @PostMapping("/api/physical-tests/{id}/results")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a player's result (trainers, club admins; coaches for their teams' players)",
            description = "400 naming playerId when the player is not the club's; testedOn may not be in the future.")
    PhysicalTestViews.ResultResponse record(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody PhysicalTestViews.ResultRequest request) {
        return tests.record(id, request, user);
    }

    @DeleteMapping("/api/physical-test-results/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a mistaken result (who may record it)")
    void deleteResult(CurrentUser user, @PathVariable UUID id) {
        tests.deleteResult(id, user);
    }

    @GetMapping("/api/players/{playerId}/physical-tests")
    @Operation(summary = "A player's test history with their best and latest per test (the player, their parents, "
            + "the club's staff)")
    PhysicalTestViews.PlayerHistory history(CurrentUser user, @PathVariable UUID playerId,
            @RequestParam(required = false) UUID testId) {
        return tests.history(playerId, testId, user);
    }

    @GetMapping("/api/teams/{teamId}/physical-tests/{testId}/comparison")
    @Operation(summary = "The team's players ranked on one test, with their percentile within the team",
            description = "basis=latest (default) ranks each player's latest result, basis=best their best one. "
                    + "Trainers, club admins, medical staff and the team's coaches.")
    PhysicalTestViews.TeamComparison compare(CurrentUser user, @PathVariable UUID teamId, @PathVariable UUID testId,
            @RequestParam(required = false) String basis) {
        PhysicalTestService.Basis chosen = ApiEnums.param(PhysicalTestService.Basis.class, "basis", basis);
        return tests.compare(teamId, testId, chosen == null ? PhysicalTestService.Basis.LATEST : chosen, user);
    }
}
