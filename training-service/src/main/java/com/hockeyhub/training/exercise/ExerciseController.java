package com.hockeyhub.training.exercise;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.web.Paging;
import com.hockeyhub.training.access.TrainingAccessPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/exercises")
@Tag(name = "Exercises", description = "The club's exercise library")
class ExerciseController {

    private static final Set<String> SORTABLE = Set.of("name", "category", "createdAt");

    private final ExerciseService exercises;
    private final TrainingAccessPolicy policy;

    ExerciseController(ExerciseService exercises, TrainingAccessPolicy policy) {
        this.exercises = exercises;
        this.policy = policy;
    }

    @GetMapping
    @Operation(summary = "The club's exercises (any member), optionally of one category")
    PageResponse<ExerciseResponse> list(CurrentUser user, @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return PageResponse.of(exercises.list(policy.club(user),
                ApiEnums.param(ExerciseCategory.class, "category", category),
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("name"))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One exercise of the club")
    ExerciseResponse get(CurrentUser user, @PathVariable UUID id) {
        return exercises.get(policy.club(user), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an exercise (trainers, coaches, club admins); 409 when the name is taken")
    ExerciseResponse create(CurrentUser user, @Valid @RequestBody ExerciseRequest request) {
        return exercises.create(policy.requirePlanner(user), request);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an exercise")
    ExerciseResponse update(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody ExerciseRequest request) {
        return exercises.update(policy.requirePlanner(user), id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an exercise from the library (sessions that used it keep it)")
    void delete(CurrentUser user, @PathVariable UUID id) {
        exercises.delete(policy.requirePlanner(user), id);
    }
}
