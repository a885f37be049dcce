package com.hockeyhub.planning.season;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.planning.access.PlanningAccessPolicy;
import com.hockeyhub.shared.api.planning.PlanningEvents.SeasonPlanUpdated;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams' season plans: a draft from a template (its phases become date ranges from the start day), published once
 * per team and season (409 for a second), and the team's current phase.
 */
@Service
public class SeasonPlanService {

    private final SeasonPlanRepository plans;
    private final Phases phases;
    private final CurrentPhaseCache currentPhase;
    private final PlanningAccessPolicy policy;
    private final Roster roster;
    private final EventPublisher events;
    private final CacheTagInvalidator invalidator;
    private final Clock clock = Clock.systemUTC();

    SeasonPlanService(SeasonPlanRepository plans, Phases phases, CurrentPhaseCache currentPhase,
            PlanningAccessPolicy policy, Roster roster, EventPublisher events, CacheTagInvalidator invalidator) {
        this.plans = plans;
        this.phases = phases;
        this.currentPhase = currentPhase;
        this.policy = policy;
        this.roster = roster;
        this.events = events;
        this.invalidator = invalidator;
    }

    @Transactional
    public SeasonPlanViews.PlanView create(SeasonPlanViews.NewPlan request, CurrentUser user) {
        UUID club = policy.club(user);
        requireTeam(club, request.teamId());
        policy.requireTeamPlanner(user, request.teamId());
        SeasonTemplates.Template template = SeasonTemplates.find(request.template())
                .orElseThrow(() -> new InvalidRequestException("template", "must be one of "
                        + SeasonTemplates.all().stream().map(SeasonTemplates.Template::key).toList()));
        int startYear = Integer.parseInt(request.season().substring(0, 4));
        if (Integer.parseInt(request.season().substring(5)) != startYear + 1) {
            throw new InvalidRequestException("season", "must be two consecutive years");
        }
        if (request.startsOn().getYear() < startYear - 1 || request.startsOn().getYear() > startYear) {
            throw new InvalidRequestException("startsOn", "must be in the season's first year");
        }
        String name = request.name() == null || request.name().isBlank() ? template.name() : request.name().trim();
        SeasonPlan plan = plans.saveAndFlush(new SeasonPlan(club, request.teamId(), request.season(), name,
                request.startsOn()));
        List<Phases.Phase> planned = Phases.fromTemplate(template, request.startsOn());
        phases.save(club, plan.getId(), planned);
        announce(plan);
        return view(plan);
    }

    @Transactional(readOnly = true)
    public SeasonPlanViews.PlanView get(UUID id, CurrentUser user) {
        SeasonPlan plan = readable(id, user);
        return view(plan);
    }

    @Transactional(readOnly = true)
    public List<SeasonPlanViews.PlanView> ofTeam(UUID teamId, CurrentUser user) {
        UUID club = policy.club(user);
        requireTeam(club, teamId);
        return plans.findByTeamIdOrderBySeasonDesc(teamId).stream().filter(p -> p.belongsTo(club)).map(this::view)
                .toList();
    }

    @Transactional
    public SeasonPlanViews.PlanView publish(UUID id, CurrentUser user) {
        SeasonPlan plan = readable(id, user);
        policy.requireTeamPlanner(user, plan.getTeamId());
        plan.publish();
        try {
            plans.saveAndFlush(plan);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new ConflictException("The team has a published plan for " + plan.getSeason() + " already");
        }
        announce(plan);
        invalidator.invalidate(CacheTag.team(plan.getTeamId()));
        return view(plan);
    }

    /** The team's phase today (of its published plan); no phase between plans. */
    public SeasonPlanViews.CurrentPhase current(UUID teamId, CurrentUser user) {
        UUID club = policy.club(user);
        requireTeam(club, teamId);
        return currentPhase.of(teamId, LocalDate.now(clock));
    }

    private void announce(SeasonPlan plan) {
        events.publish(EventTypes.PLANNING_SEASON_PLAN_UPDATED, plan.getOrganizationId(), new SeasonPlanUpdated(
                plan.getId(), plan.getOrganizationId(), plan.getTeamId(), plan.getSeason(), plan.getStatus().value()));
    }

    private SeasonPlan readable(UUID id, CurrentUser user) {
        UUID club = policy.club(user);
        return plans.findById(id).filter(p -> p.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Season plan", id));
    }

    private void requireTeam(UUID club, UUID teamId) {
        if (!roster.isTeamOf(teamId, club)) {
            throw new NotFoundException("Team", teamId);
        }
    }

    private SeasonPlanViews.PlanView view(SeasonPlan p) {
        return new SeasonPlanViews.PlanView(p.getId(), p.getTeamId(), p.getSeason(), p.getName(), p.getStatus(),
                p.getStartsOn(), phases.of(p.getId()).stream().map(SeasonPlanViews.PhaseView::of).toList());
    }
}
