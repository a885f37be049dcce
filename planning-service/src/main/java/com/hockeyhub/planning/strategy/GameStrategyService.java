package com.hockeyhub.planning.strategy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.planning.access.PlanningAccessPolicy;
import com.hockeyhub.shared.api.FieldError;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Game strategies: one per calendar game (409 for a second), lineups checked by {@link LineupRules} against the
 * team's roster, tactics, period adjustments and the post-game analysis. The team's members read them; scouting
 * notes are for the team's planners. A cancelled game's strategy is read-only.
 */
@Service
public class GameStrategyService {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<List<StrategyViews.PeriodAdjustment>> ADJUSTMENTS = new TypeReference<>() {
    };

    private final GameStrategyRepository strategies;
    private final PlanningAccessPolicy policy;
    private final Roster roster;

    GameStrategyService(GameStrategyRepository strategies, PlanningAccessPolicy policy, Roster roster) {
        this.strategies = strategies;
        this.policy = policy;
        this.roster = roster;
    }

    @Transactional
    public StrategyViews.StrategyView create(StrategyViews.StrategyRequest request, CurrentUser user) {
        UUID club = policy.club(user);
        if (!roster.isTeamOf(request.teamId(), club)) {
            throw new NotFoundException("Team", request.teamId());
        }
        policy.requireTeamPlanner(user, request.teamId());
        if (strategies.findByCalendarEventId(request.calendarEventId()).isPresent()) {
            throw new ConflictException("The game " + request.calendarEventId() + " has a strategy already");
        }
        GameStrategy strategy = new GameStrategy(club, request.teamId(), request.calendarEventId());
        plan(strategy, request);
        try {
            return view(strategies.saveAndFlush(strategy), user);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("The game " + request.calendarEventId() + " has a strategy already");
        }
    }

    @Transactional
    public StrategyViews.StrategyView update(UUID id, StrategyViews.StrategyRequest request, CurrentUser user) {
        GameStrategy strategy = plannable(id, user);
        if (!strategy.getTeamId().equals(request.teamId())) {
            throw new InvalidRequestException("teamId", "a strategy stays with its team");
        }
        if (!strategy.getCalendarEventId().equals(request.calendarEventId())) {
            throw new InvalidRequestException("calendarEventId", "a strategy stays with its game");
        }
        strategy.requireActive();
        plan(strategy, request);
        return view(strategies.saveAndFlush(strategy), user);
    }

    @Transactional
    public StrategyViews.StrategyView analyse(UUID id, String analysis, CurrentUser user) {
        GameStrategy strategy = plannable(id, user);
        strategy.analyse(analysis.trim());
        return view(strategies.saveAndFlush(strategy), user);
    }

    @Transactional(readOnly = true)
    public StrategyViews.StrategyView get(UUID id, CurrentUser user) {
        return view(readable(strategies.findById(id).orElse(null), id, user), user);
    }

    @Transactional(readOnly = true)
    public StrategyViews.StrategyView ofGame(UUID calendarEventId, CurrentUser user) {
        return view(readable(strategies.findByCalendarEventId(calendarEventId).orElse(null), calendarEventId, user),
                user);
    }

    @Transactional(readOnly = true)
    public List<StrategyViews.StrategyView> ofTeam(UUID teamId, CurrentUser user) {
        UUID club = policy.club(user);
        if (!roster.isTeamOf(teamId, club)) {
            throw new NotFoundException("Team", teamId);
        }
        policy.requireTeamReader(user, teamId);
        return strategies.findByTeamIdOrderByGameDateDesc(teamId).stream().filter(s -> s.belongsTo(club))
                .map(s -> view(s, user)).toList();
    }

    /** calendar.event.cancelled: the game's strategy becomes read-only (again: nothing happens). */
    @Transactional
    public int cancelForCalendarEvent(UUID calendarEventId, UUID club) {
        return strategies.findByCalendarEventId(calendarEventId).filter(s -> s.belongsTo(club)).filter(
                GameStrategy::cancel).map(s -> {
                    strategies.saveAndFlush(s);
                    return 1;
                }).orElse(0);
    }

    private void plan(GameStrategy strategy, StrategyViews.StrategyRequest request) {
        StrategyViews.Lineups lineups = request.lineups() == null ? StrategyViews.Lineups.EMPTY
                : request.lineups().normalized();
        Set<UUID> players = new HashSet<>(roster.players(strategy.getTeamId()).stream().map(RosterMember::userId)
                .toList());
        List<FieldError> errors = LineupRules.check(lineups, players);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        strategy.plan(request.opponent(), request.gameDate(), JSON.writeValueAsString(lineups), request.tactics(),
                request.scoutingNotes(), JSON.writeValueAsString(request.periodAdjustments() == null ? List.of()
                        : request.periodAdjustments()));
    }

    private GameStrategy readable(GameStrategy strategy, UUID id, CurrentUser user) {
        UUID club = policy.club(user);
        if (strategy == null || !strategy.belongsTo(club)) {
            throw new NotFoundException("Game strategy", id);
        }
        policy.requireTeamReader(user, strategy.getTeamId());
        return strategy;
    }

    private GameStrategy plannable(UUID id, CurrentUser user) {
        UUID club = policy.club(user);
        GameStrategy strategy = strategies.findById(id).filter(s -> s.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Game strategy", id));
        policy.requireTeamPlanner(user, strategy.getTeamId());
        return strategy;
    }

    private StrategyViews.StrategyView view(GameStrategy s, CurrentUser user) {
        boolean planner = policy.isTeamPlanner(user, s.getTeamId());
        return new StrategyViews.StrategyView(s.getId(), s.getTeamId(), s.getCalendarEventId(), s.getOpponent(),
                s.getGameDate(), s.getStatus(), JSON.readValue(s.getLineups(), StrategyViews.Lineups.class),
                s.getTactics(), planner ? s.getScoutingNotes() : null,
                JSON.readValue(s.getPeriodAdjustments(), ADJUSTMENTS), s.getPostGameAnalysis());
    }
}
