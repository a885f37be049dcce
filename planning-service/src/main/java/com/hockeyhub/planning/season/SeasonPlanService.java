package com.hockeyhub.planning.season;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.planning.access.PlanningAccessPolicy;
import com.hockeyhub.shared.api.planning.PlanningEvents.SeasonPlanUpdated;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.entity.Uuid7;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private static final int MAX_GOALS = 20;

    SeasonPlanService(SeasonPlanRepository plans, Phases phases, CurrentPhaseCache currentPhase,
            PlanningAccessPolicy policy, Roster roster, EventPublisher events, CacheTagInvalidator invalidator,
            JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
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

    /** A new name; on a draft also a new start and phases (409 on a published plan). */
    @Transactional
    public SeasonPlanViews.PlanView edit(UUID id, SeasonPlanViews.EditPlan request, CurrentUser user) {
        SeasonPlan plan = readable(id, user);
        policy.requireTeamPlanner(user, plan.getTeamId());
        if (request.phases() != null) {
            plan.requireDraft();
        }
        if (request.startsOn() != null) {
            int startYear = Integer.parseInt(plan.getSeason().substring(0, 4));
            if (request.startsOn().getYear() < startYear - 1 || request.startsOn().getYear() > startYear) {
                throw new InvalidRequestException("startsOn", "must be in the season's first year");
            }
        }
        LocalDate before = plan.getStartsOn();
        plan.edit(request.name(), request.startsOn());
        if (request.phases() != null || !before.equals(plan.getStartsOn())) {
            List<SeasonPlanViews.PhaseEdit> edits = request.phases() != null ? request.phases()
                    : phases.asEdits(plan.getId());
            phases.replace(plan.getOrganizationId(), plan.getId(), Phases.fromEdits(edits, plan.getStartsOn()));
        }
        plans.saveAndFlush(plan);
        announce(plan);
        invalidator.invalidate(CacheTag.team(plan.getTeamId()));
        return view(plan);
    }

    @Transactional
    public SeasonPlanViews.PlanView addGoal(UUID id, SeasonPlanViews.GoalRequest request, CurrentUser user) {
        SeasonPlan plan = readable(id, user);
        policy.requireTeamPlanner(user, plan.getTeamId());
        Integer goals = jdbc.queryForObject("SELECT count(*) FROM plan_goals WHERE plan_id = ?", Integer.class,
                plan.getId());
        if (goals != null && goals >= MAX_GOALS) {
            throw new ConflictException("A plan has at most " + MAX_GOALS + " goals");
        }
        jdbc.update("""
                INSERT INTO plan_goals (id, organization_id, plan_id, title, description, target_date, progress)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", Uuid7.next(), plan.getOrganizationId(), plan.getId(),
                request.title().trim(), request.description(), request.targetDate(),
                request.progress() == null ? 0 : request.progress());
        return view(plan);
    }

    @Transactional
    public SeasonPlanViews.PlanView updateGoal(UUID id, UUID goalId, SeasonPlanViews.GoalRequest request,
            CurrentUser user) {
        SeasonPlan plan = readable(id, user);
        policy.requireTeamPlanner(user, plan.getTeamId());
        int changed = jdbc.update("""
                UPDATE plan_goals SET title = ?, description = ?, target_date = ?, progress = COALESCE(?, progress),
                                      updated_at = now()
                WHERE id = ? AND plan_id = ?""", request.title().trim(), request.description(), request.targetDate(),
                request.progress(), goalId, plan.getId());
        if (changed == 0) {
            throw new NotFoundException("Goal", goalId);
        }
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
        List<SeasonPlanViews.GoalView> goals = jdbc.query("""
                SELECT id, title, description, target_date, progress FROM plan_goals WHERE plan_id = ?
                ORDER BY created_at, id""", (rs, i) -> new SeasonPlanViews.GoalView(rs.getObject("id", UUID.class),
                rs.getString("title"), rs.getString("description"),
                rs.getDate("target_date") == null ? null : rs.getDate("target_date").toLocalDate(),
                rs.getInt("progress")), p.getId());
        return new SeasonPlanViews.PlanView(p.getId(), p.getTeamId(), p.getSeason(), p.getName(), p.getStatus(),
                p.getStartsOn(), phases.of(p.getId()).stream().map(SeasonPlanViews.PhaseView::of).toList(), goals);
    }
}
