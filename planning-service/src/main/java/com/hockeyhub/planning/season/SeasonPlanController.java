package com.hockeyhub.planning.season;

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
@Tag(name = "Season plans", description = "Teams' seasons from templates: phases with dates, intensity and focus")
class SeasonPlanController {

    private final SeasonPlanService plans;

    SeasonPlanController(SeasonPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/season-templates")
    @Operation(summary = "The season templates a plan can start from")
    List<SeasonTemplates.Template> templates() {
        return SeasonTemplates.all();
    }

    @PostMapping("/api/season-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A draft season plan for a team from a template (the team's coaches, club admins)")
    SeasonPlanViews.PlanView create(CurrentUser user, @Valid @RequestBody SeasonPlanViews.NewPlan request) {
        return plans.create(request, user);
    }

    @GetMapping("/api/season-plans/{id}")
    @Operation(summary = "A season plan with its phases")
    SeasonPlanViews.PlanView get(CurrentUser user, @PathVariable UUID id) {
        return plans.get(id, user);
    }

    @PutMapping("/api/season-plans/{id}")
    @Operation(summary = "Rename a plan; on a draft also move its start and change its phases (409 once published)",
            description = "phases: whole weeks back to back from startsOn; publishes planning.season_plan.updated")
    SeasonPlanViews.PlanView edit(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody SeasonPlanViews.EditPlan request) {
        return plans.edit(id, request, user);
    }

    @PostMapping("/api/season-plans/{id}/goals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a goal to a season plan (progress 0–100, default 0)")
    SeasonPlanViews.PlanView addGoal(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody SeasonPlanViews.GoalRequest request) {
        return plans.addGoal(id, request, user);
    }

    @PutMapping("/api/season-plans/{id}/goals/{goalId}")
    @Operation(summary = "Change a goal or record its progress (0–100)")
    SeasonPlanViews.PlanView updateGoal(CurrentUser user, @PathVariable UUID id, @PathVariable UUID goalId,
            @Valid @RequestBody SeasonPlanViews.GoalRequest request) {
        return plans.updateGoal(id, goalId, request, user);
    }

    @PostMapping("/api/season-plans/{id}/publish")
    @Operation(summary = "Publish a plan (one published plan per team and season: 409 for a second)")
    SeasonPlanViews.PlanView publish(CurrentUser user, @PathVariable UUID id) {
        return plans.publish(id, user);
    }

    @GetMapping("/api/teams/{teamId}/season-plans")
    @Operation(summary = "A team's season plans, newest season first")
    List<SeasonPlanViews.PlanView> ofTeam(CurrentUser user, @PathVariable UUID teamId) {
        return plans.ofTeam(teamId, user);
    }

    @GetMapping("/api/teams/{teamId}/current-phase")
    @Operation(summary = "The team's phase today (of its published plan); phase null between plans")
    SeasonPlanViews.CurrentPhase current(CurrentUser user, @PathVariable UUID teamId) {
        return plans.current(teamId, user);
    }
}
