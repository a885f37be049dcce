package com.hockeyhub.planning.drill;

import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiEnums;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Drills", description = "The club's drills and the drills clubs share, searchable and rated")
class DrillController {

    record Rating(@NotNull Integer rating) {
    }

    private final DrillService drills;

    DrillController(DrillService drills) {
        this.drills = drills;
    }

    @GetMapping("/api/drills")
    @Operation(summary = "Search drills: words (ranked, prefixes too) and filters",
            description = "q: words, e.g. '2-on-1 rush', ranked best first (then by rating, name); without q, by "
                    + "name. category, difficulty, ageGroup (U12, Junior, ...), players (drills that fit that many). "
                    + "page (from 0) × size (1–100) stays within the first 10,000 results. hasNext is exact; "
                    + "totalElements is exact with words, and without words exact up to 1,000 matches (beyond, "
                    + "totalExact is false and totalElements a lower bound).")
    DrillPage search(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String difficulty,
            @RequestParam(required = false) String ageGroup, @RequestParam(required = false) Integer players,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return drills.search(new DrillService.Filter(q, ApiEnums.param(DrillCategory.class, "category", category),
                ApiEnums.param(Difficulty.class, "difficulty", difficulty), ageGroup, players), page, size, user);
    }

    @GetMapping("/api/drills/{id}")
    @Operation(summary = "A drill of the club or a public one")
    DrillResponse get(CurrentUser user, @PathVariable UUID id) {
        return drills.get(id, user);
    }

    @PostMapping("/api/drills")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a drill (coaches, trainers, club admins); publicDrill shares it with every club")
    DrillResponse create(CurrentUser user, @Valid @RequestBody DrillRequest request) {
        return drills.create(request, user);
    }

    @PutMapping("/api/drills/{id}")
    @Operation(summary = "Change one of the club's drills")
    DrillResponse update(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody DrillRequest request) {
        return drills.update(id, request, user);
    }

    @PutMapping("/api/drills/{id}/rating")
    @Operation(summary = "Rate a drill 1–5 (coaches; rating again changes one's rating)")
    DrillResponse rate(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Rating rating) {
        return drills.rate(id, rating.rating(), user);
    }
}
