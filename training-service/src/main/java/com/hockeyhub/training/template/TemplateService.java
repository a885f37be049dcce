package com.hockeyhub.training.template;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.training.access.TrainingAccessPolicy;
import com.hockeyhub.training.exercise.ExerciseService;
import com.hockeyhub.training.plan.PlannedExercise;
import com.hockeyhub.training.plan.PlannedExercises;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Session templates, with their visibility honoured on every read. */
@Service
public class TemplateService {

    private final TemplateRepository templates;
    private final PlannedExercises planned;
    private final ExerciseService exercises;
    private final TrainingAccessPolicy policy;
    private final Roster roster;

    TemplateService(TemplateRepository templates, PlannedExercises planned, ExerciseService exercises,
            TrainingAccessPolicy policy, Roster roster) {
        this.templates = templates;
        this.planned = planned;
        this.exercises = exercises;
        this.policy = policy;
        this.roster = roster;
    }

    @Transactional
    public TemplateResponse create(TemplateRequest request, CurrentUser user) {
        UUID club = policy.requirePlanner(user);
        if (request.visibility() == Visibility.TEAM) {
            if (request.teamId() == null) {
                throw new InvalidRequestException("teamId", "is required for a team template");
            }
            if (!roster.isTeamOf(request.teamId(), club)) {
                throw new NotFoundException("Team", request.teamId());
            }
        }
        PlannedExercises.check(request.exercises(), "exercises");
        exercises.requireAll(club, request.exercises().stream().map(PlannedExercise::exerciseId).toList(),
                "exercises");
        SessionTemplate template = templates.saveAndFlush(new SessionTemplate(club, user.id(), request.name(),
                request.type(), request.visibility(), request.visibility() == Visibility.TEAM ? request.teamId() : null));
        planned.replaceOfTemplate(club, template.getId(), request.exercises());
        return TemplateResponse.of(template, request.exercises());
    }

    @Transactional(readOnly = true)
    public List<TemplateResponse> visible(CurrentUser user) {
        UUID club = policy.club(user);
        boolean staff = policy.isClubWideStaff(user);
        return templates.findByOrganizationIdOrderByName(club).stream().filter(t -> t.visibleTo(user, staff))
                .map(t -> TemplateResponse.of(t, planned.ofTemplate(t.getId()))).toList();
    }

    /** A template the caller may see (404 otherwise, whatever the reason). */
    @Transactional(readOnly = true)
    public TemplateResponse get(UUID id, CurrentUser user) {
        UUID club = policy.club(user);
        SessionTemplate template = templates.findById(id)
                .filter(t -> t.belongsTo(club) && t.visibleTo(user, policy.isClubWideStaff(user)))
                .orElseThrow(() -> new NotFoundException("Template", id));
        return TemplateResponse.of(template, planned.ofTemplate(id));
    }
}
