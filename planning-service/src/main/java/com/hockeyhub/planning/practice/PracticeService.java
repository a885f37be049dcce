package com.hockeyhub.planning.practice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.planning.access.PlanningAccessPolicy;
import com.hockeyhub.planning.drill.DrillResponse;
import com.hockeyhub.planning.drill.DrillService;
import com.hockeyhub.shared.api.FieldError;
import com.hockeyhub.shared.api.planning.PlanningEvents.PracticeCompleted;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Practice plans and their live flow. A plan's sections must fit its duration and each section's drills its minutes;
 * its drills must be the club's or public, and fit the expected number of players when one is given. Planned plans
 * change; a started practice walks its drills (next, skip), takes attendance and evaluates present players; a
 * completed one is read-only and announced with {@code planning.practice.completed}.
 */
@Service
public class PracticeService {

    private static final Logger log = LoggerFactory.getLogger(PracticeService.class);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<List<PracticeViews.Section>> SECTIONS = new TypeReference<>() {
    };
    static final int MAX_DRILLS = 40;

    private final PracticeRepository practices;
    private final DrillService drills;
    private final PlanningAccessPolicy policy;
    private final Roster roster;
    private final EventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PracticeService(PracticeRepository practices, DrillService drills, PlanningAccessPolicy policy, Roster roster,
            EventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.practices = practices;
        this.drills = drills;
        this.policy = policy;
        this.roster = roster;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    public PracticeViews.PracticeView create(PracticeViews.PracticeRequest request, CurrentUser user) {
        UUID club = policy.club(user);
        requireTeam(club, request.teamId());
        policy.requireTeamPlanner(user, request.teamId());
        PracticePlan practice = new PracticePlan(club, request.teamId());
        practice.plan(request, sections(request, club));
        return view(save(practice), user);
    }

    @Transactional
    public PracticeViews.PracticeView update(UUID id, PracticeViews.PracticeRequest request, CurrentUser user) {
        PracticePlan practice = plannable(id, user);
        if (!practice.getTeamId().equals(request.teamId())) {
            throw new InvalidRequestException("teamId", "a practice stays with its team");
        }
        practice.requireEditable();
        practice.plan(request, sections(request, practice.getOrganizationId()));
        return view(save(practice), user);
    }

    @Transactional(readOnly = true)
    public PracticeViews.PracticeView get(UUID id, CurrentUser user) {
        return view(readable(id, user), user);
    }

    @Transactional(readOnly = true)
    public List<PracticeViews.PracticeView> ofTeam(UUID teamId, LocalDate from, LocalDate to, CurrentUser user) {
        UUID club = policy.club(user);
        requireTeam(club, teamId);
        policy.requireTeamReader(user, teamId);
        LocalDate first = from == null ? LocalDate.now(clock).minusDays(7) : from;
        LocalDate last = to == null ? first.plusDays(35) : to;
        if (last.isBefore(first)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) > 366) {
            throw new InvalidRequestException("to", "at most a year after from");
        }
        return practices.findByTeamIdAndDateBetweenOrderByDateAscStartsAtAsc(teamId, first, last).stream()
                .filter(p -> p.belongsTo(club)).map(p -> view(p, user)).toList();
    }

    @Transactional
    public PracticeViews.LiveView start(UUID id, CurrentUser user) {
        PracticePlan practice = plannable(id, user);
        practice.start(Instant.now(clock), steps(practice).size());
        return live(save(practice));
    }

    @Transactional
    public PracticeViews.LiveView advance(UUID id, boolean skip, CurrentUser user) {
        PracticePlan practice = plannable(id, user);
        practice.advance(skip, steps(practice).size());
        return live(save(practice));
    }

    @Transactional(readOnly = true)
    public PracticeViews.LiveView live(UUID id, CurrentUser user) {
        return live(readable(id, user));
    }

    @Transactional
    public PracticeViews.PracticeView complete(UUID id, CurrentUser user) {
        PracticePlan practice = plannable(id, user);
        practice.complete(Instant.now(clock));
        save(practice);
        List<PracticeViews.Step> steps = steps(practice);
        List<UUID> present = attendance(practice.getId()).stream().filter(a -> a.status().present())
                .map(PracticeViews.Attendance::playerId).toList();
        events.publish(EventTypes.PLANNING_PRACTICE_COMPLETED, practice.getOrganizationId(), new PracticeCompleted(
                practice.getId(), practice.getOrganizationId(), practice.getTeamId(), practice.getCalendarEventId(),
                practice.getDate(), practice.getDurationMinutes(), plannedMinutes(practice),
                practice.getDoneSteps().size(), practice.getSkippedSteps().size(), present,
                practice.getStartedAt(), practice.getCompletedAt()));
        log.debug("Practice {} completed: {} of {} drills done", practice.getId(), practice.getDoneSteps().size(),
                steps.size());
        return view(practice, user);
    }

    @Transactional
    public PracticeViews.PracticeView cancel(UUID id, String reason, CurrentUser user) {
        PracticePlan practice = plannable(id, user);
        if (!practice.cancel(reason)) {
            throw new ConflictException("The practice is cancelled already");
        }
        return view(save(practice), user);
    }

    /** calendar.event.cancelled: the practices planned for that event are cancelled (again: nothing happens). */
    @Transactional
    public int cancelForCalendarEvent(UUID calendarEventId, UUID club, String reason) {
        int cancelled = 0;
        for (PracticePlan practice : practices.findByCalendarEventId(calendarEventId)) {
            if (!practice.belongsTo(club) || practice.getStatus() == PracticeStatus.COMPLETED) {
                continue;
            }
            if (practice.cancel(reason == null || reason.isBlank() ? "The calendar event was cancelled"
                    : "The calendar event was cancelled: " + reason)) {
                practices.saveAndFlush(practice);
                cancelled++;
            }
        }
        return cancelled;
    }

    @Transactional
    public PracticeViews.PracticeView attendance(UUID id, PracticeViews.AttendanceRequest request,
            CurrentUser user) {
        PracticePlan practice = plannable(id, user);
        practice.requireRunning("Attendance is taken");
        Set<UUID> players = new HashSet<>(roster.players(practice.getTeamId()).stream().map(RosterMember::userId)
                .toList());
        Set<UUID> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.players().size(); i++) {
            UUID player = request.players().get(i).playerId();
            if (!players.contains(player)) {
                errors.add(new FieldError("players[" + i + "].playerId", "is not a player of the team", player));
            } else if (!seen.add(player)) {
                errors.add(new FieldError("players[" + i + "].playerId", "is listed twice", player));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        for (PracticeViews.AttendanceEntry entry : request.players()) {
            jdbc.update("""
                    INSERT INTO practice_attendance (practice_id, player_id, organization_id, status)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (practice_id, player_id) DO UPDATE SET status = excluded.status, recorded_at = now()""",
                    practice.getId(), entry.playerId(), practice.getOrganizationId(), entry.status().value());
        }
        return view(practice, user);
    }

    @Transactional
    public PracticeViews.PracticeView evaluate(UUID id, UUID playerId, PracticeViews.EvaluationRequest request,
            CurrentUser user) {
        PracticePlan practice = plannable(id, user);
        practice.requireRunning("Players are evaluated");
        boolean present = attendance(practice.getId()).stream()
                .anyMatch(a -> a.playerId().equals(playerId) && a.status().present());
        if (!present) {
            throw new BusinessRuleException("Only players marked present at the practice are evaluated");
        }
        jdbc.update("""
                INSERT INTO practice_evaluations (practice_id, player_id, organization_id, rating, notes, evaluated_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (practice_id, player_id) DO UPDATE SET rating = excluded.rating, notes = excluded.notes,
                    evaluated_by = excluded.evaluated_by, evaluated_at = now()""",
                practice.getId(), playerId, practice.getOrganizationId(), request.rating(), request.notes(),
                user.id());
        return view(practice, user);
    }

    /** The sections as stored, after the rules: minutes fit, drills usable and fit for the expected players. */
    private String sections(PracticeViews.PracticeRequest request, UUID club) {
        List<UUID> ids = request.sections().stream().filter(s -> s.drills() != null)
                .flatMap(s -> s.drills().stream()).map(PracticeViews.DrillSlot::drillId).toList();
        if (ids.size() > MAX_DRILLS) {
            throw new InvalidRequestException("sections", "hold at most " + MAX_DRILLS + " drills");
        }
        Map<UUID, DrillResponse> usable = drills.usable(ids, club);
        List<FieldError> errors = new ArrayList<>();
        List<PracticeViews.Section> sections = new ArrayList<>();
        int total = 0;
        Integer expected = request.expectedPlayers();
        for (int i = 0; i < request.sections().size(); i++) {
            PracticeViews.SectionRequest s = request.sections().get(i);
            total += s.minutes();
            List<PracticeViews.Slot> slots = new ArrayList<>();
            int drillMinutes = 0;
            List<PracticeViews.DrillSlot> requested = s.drills() == null ? List.of() : s.drills();
            for (int j = 0; j < requested.size(); j++) {
                PracticeViews.DrillSlot slot = requested.get(j);
                drillMinutes += slot.minutes();
                DrillResponse drill = usable.get(slot.drillId());
                String field = "sections[" + i + "].drills[" + j + "].drillId";
                if (drill == null) {
                    errors.add(new FieldError(field, "is not a drill of the club's library or a public one",
                            slot.drillId()));
                    continue;
                }
                if (expected != null && (expected < drill.minPlayers() || expected > drill.maxPlayers())) {
                    errors.add(new FieldError(field, "'" + drill.name() + "' is for " + drill.minPlayers() + "–"
                            + drill.maxPlayers() + " players, " + expected + " are expected", slot.drillId()));
                }
                slots.add(new PracticeViews.Slot(drill.id(), drill.name(), slot.minutes(), slot.notes()));
            }
            if (drillMinutes > s.minutes()) {
                errors.add(new FieldError("sections[" + i + "].drills", "take " + drillMinutes
                        + " minutes, more than the section's " + s.minutes(), drillMinutes));
            }
            sections.add(new PracticeViews.Section(s.name().trim(), s.minutes(), slots, s.notes()));
        }
        if (total > request.durationMinutes()) {
            errors.add(new FieldError("sections", "take " + total + " minutes, more than the practice's "
                    + request.durationMinutes(), total));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return JSON.writeValueAsString(sections);
    }

    private PracticePlan save(PracticePlan practice) {
        try {
            return practices.saveAndFlush(practice);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("The calendar event " + practice.getCalendarEventId()
                    + " has a practice plan already");
        }
    }

    private PracticePlan readable(UUID id, CurrentUser user) {
        UUID club = policy.club(user);
        PracticePlan practice = practices.findById(id).filter(p -> p.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Practice", id));
        policy.requireTeamReader(user, practice.getTeamId());
        return practice;
    }

    private PracticePlan plannable(UUID id, CurrentUser user) {
        UUID club = policy.club(user);
        PracticePlan practice = practices.findById(id).filter(p -> p.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Practice", id));
        policy.requireTeamPlanner(user, practice.getTeamId());
        return practice;
    }

    private void requireTeam(UUID club, UUID teamId) {
        if (!roster.isTeamOf(teamId, club)) {
            throw new NotFoundException("Team", teamId);
        }
    }

    static List<PracticeViews.Section> sectionsOf(PracticePlan practice) {
        return JSON.readValue(practice.getSections(), SECTIONS);
    }

    private static int plannedMinutes(PracticePlan practice) {
        return sectionsOf(practice).stream().mapToInt(PracticeViews.Section::minutes).sum();
    }

    /** The plan's drills in order, each with what happened to it in the live flow. */
    static List<PracticeViews.Step> steps(PracticePlan practice) {
        List<Integer> done = practice.getDoneSteps();
        List<Integer> skipped = practice.getSkippedSteps();
        List<PracticeViews.Step> steps = new ArrayList<>();
        for (PracticeViews.Section section : sectionsOf(practice)) {
            for (PracticeViews.Slot slot : section.drills()) {
                int position = steps.size();
                String outcome = done.contains(position) ? "done" : skipped.contains(position) ? "skipped"
                        : Integer.valueOf(position).equals(practice.getCurrentStep()) ? "current" : "pending";
                steps.add(new PracticeViews.Step(position, section.name(), slot.drillId(), slot.drillName(),
                        slot.minutes(), outcome));
            }
        }
        return steps;
    }

    private PracticeViews.LiveView live(PracticePlan practice) {
        List<PracticeViews.Step> steps = steps(practice);
        Integer at = practice.getCurrentStep();
        PracticeViews.Step current = at == null ? null : steps.get(at);
        PracticeViews.Step next = at == null ? (practice.getStatus() == PracticeStatus.PLANNED && !steps.isEmpty()
                ? steps.get(0) : null) : at + 1 < steps.size() ? steps.get(at + 1) : null;
        return new PracticeViews.LiveView(practice.getId(), practice.getStatus(), current, next,
                practice.getDoneSteps().size(), practice.getSkippedSteps().size(), steps);
    }

    private List<PracticeViews.Attendance> attendance(UUID practiceId) {
        return jdbc.query("SELECT player_id, status FROM practice_attendance WHERE practice_id = ? ORDER BY player_id",
                (rs, i) -> new PracticeViews.Attendance(rs.getObject("player_id", UUID.class),
                        AttendanceStatus.of(rs.getString("status"))), practiceId);
    }

    /** Planners see every evaluation; a player only their own; anyone else none. */
    private PracticeViews.PracticeView view(PracticePlan p, CurrentUser user) {
        boolean planner = policy.isTeamPlanner(user, p.getTeamId());
        List<PracticeViews.Evaluation> evaluations = jdbc.query("""
                SELECT player_id, rating, notes, evaluated_by FROM practice_evaluations WHERE practice_id = ?
                ORDER BY player_id""", (rs, i) -> new PracticeViews.Evaluation(rs.getObject("player_id", UUID.class),
                rs.getInt("rating"), rs.getString("notes"), rs.getObject("evaluated_by", UUID.class)), p.getId())
                .stream().filter(e -> planner || e.playerId().equals(user.id())).toList();
        List<PracticeViews.Section> sections = sectionsOf(p);
        return new PracticeViews.PracticeView(p.getId(), p.getTeamId(), p.getCalendarEventId(), p.getDate(),
                p.getStartsAt(), p.getDurationMinutes(), sections.stream().mapToInt(PracticeViews.Section::minutes)
                .sum(), p.getTitle(), p.getObjectives(), p.getExpectedPlayers(), p.getStatus(), sections,
                p.getCurrentStep(), p.getStartedAt(), p.getCompletedAt(), p.getCancelReason(),
                attendance(p.getId()), evaluations);
    }
}
