package com.hockeyhub.statistics.division;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.statistics.access.StatisticsAccessPolicy;
import com.hockeyhub.statistics.division.DivisionRequests.CreateDivision;
import com.hockeyhub.statistics.division.DivisionRequests.TeamEntry;
import com.hockeyhub.statistics.support.Seasons;
import com.hockeyhub.statistics.views.ViewRefresher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Divisions of a season and their participants (the club's teams and opponents); a new participant asks the views
 * for a refresh, so it enters the standings with zeros.
 */
@Service
public class DivisionService {

    private final DivisionRepository divisions;
    private final DivisionTeamRepository teams;
    private final StatisticsAccessPolicy policy;
    private final Roster roster;
    private final ViewRefresher views;
    private final Clock clock;

    DivisionService(DivisionRepository divisions, DivisionTeamRepository teams, StatisticsAccessPolicy policy,
            Roster roster, ViewRefresher views, Clock clock) {
        this.divisions = divisions;
        this.teams = teams;
        this.policy = policy;
        this.roster = roster;
        this.views = views;
        this.clock = clock;
    }

    /** A division and its participants. */
    public record DivisionView(Division division, List<DivisionTeam> teams) {

        public Optional<DivisionTeam> team(UUID divisionTeamId) {
            return teams.stream().filter(t -> t.getId().equals(divisionTeamId)).findFirst();
        }
    }

    @Transactional
    public DivisionView create(CurrentUser user, CreateDivision request) {
        UUID club = policy.requireRecorder(user);
        String season = Seasons.require("season", request.season(), clock);
        String name = request.name().trim();
        if (divisions.existsByOrganizationIdAndSeasonAndNameIgnoreCase(club, season, name)) {
            throw new ConflictException("The club already has a division '" + name + "' in " + season);
        }
        Division division = new Division(club, season);
        division.describe(name, Boolean.TRUE.equals(request.tiesAllowed()),
                Boolean.TRUE.equals(request.publicStandings()),
                request.periodMinutes() != null ? request.periodMinutes() : 20,
                request.periods() != null ? request.periods() : 3,
                request.overtimeMinutes() != null ? request.overtimeMinutes() : 5);
        division = divisions.save(division);
        List<TeamEntry> entries = request.teams() == null ? List.of() : request.teams();
        Set<String> names = new HashSet<>();
        Set<UUID> clubTeams = new HashSet<>();
        List<DivisionTeam> created = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DivisionTeam team = participant(club, division.getId(), entries.get(i), "teams[" + i + "]");
            if (!names.add(team.getName().toLowerCase(Locale.ROOT))
                    || (team.getTeamId() != null && !clubTeams.add(team.getTeamId()))) {
                throw new InvalidRequestException("teams[" + i + "]", "is listed twice");
            }
            created.add(team);
        }
        teams.saveAll(created);
        views.requestRefresh(club);
        return new DivisionView(division, teams.findByDivisionIdOrderByName(division.getId()));
    }

    @Transactional
    public DivisionView addTeam(CurrentUser user, UUID divisionId, TeamEntry entry) {
        UUID club = policy.requireRecorder(user);
        Division division = divisions.findByIdAndOrganizationId(divisionId, club)
                .orElseThrow(() -> new NotFoundException("Division", divisionId));
        DivisionTeam team = participant(club, division.getId(), entry, "team");
        if (teams.existsByDivisionIdAndNameIgnoreCase(divisionId, team.getName())
                || (team.getTeamId() != null && teams.existsByDivisionIdAndTeamId(divisionId, team.getTeamId()))) {
            throw new ConflictException("The division already has the team '" + team.getName() + "'");
        }
        teams.saveAndFlush(team);
        views.requestRefresh(club);
        return new DivisionView(division, teams.findByDivisionIdOrderByName(divisionId));
    }

    @Transactional(readOnly = true)
    public DivisionView read(CurrentUser user, UUID divisionId) {
        return require(policy.requireClub(user), divisionId);
    }

    @Transactional(readOnly = true)
    public List<DivisionView> list(CurrentUser user, String season) {
        UUID club = policy.requireClub(user);
        List<Division> found = season == null ? divisions.findByOrganizationIdOrderBySeasonDescNameAsc(club)
                : divisions.findByOrganizationIdAndSeasonOrderByName(club, Seasons.require("season", season, clock));
        Map<UUID, List<DivisionTeam>> byDivision = teams.findByDivisionIdIn(found.stream().map(Division::getId)
                .toList()).stream().collect(Collectors.groupingBy(DivisionTeam::getDivisionId));
        return found.stream().map(d -> new DivisionView(d, byDivision.getOrDefault(d.getId(), List.of()).stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName())).toList())).toList();
    }

    /** The club's division with its participants; 404 when unknown or another club's. */
    @Transactional(readOnly = true)
    public DivisionView require(UUID club, UUID divisionId) {
        Division division = divisions.findByIdAndOrganizationId(divisionId, club)
                .orElseThrow(() -> new NotFoundException("Division", divisionId));
        return new DivisionView(division, teams.findByDivisionIdOrderByName(divisionId));
    }

    /** A division by id whatever the club (public standings); empty when unknown. */
    @Transactional(readOnly = true)
    public Optional<Division> find(UUID divisionId) {
        return divisions.findById(divisionId);
    }

    /** The participants that stand for one of the club's teams (in any division). */
    @Transactional(readOnly = true)
    public List<DivisionTeam> participantsOf(UUID club, UUID teamId) {
        return teams.findByOrganizationIdAndTeamId(club, teamId);
    }

    /** Find or create (seed): the division of the season with this name, and the given participants. */
    @Transactional
    public DivisionView ensure(UUID club, String season, String name, boolean publicStandings,
            List<TeamEntry> participants) {
        Division division = divisions.findByOrganizationIdAndSeasonAndNameIgnoreCase(club, season, name)
                .orElseGet(() -> {
                    Division d = new Division(club, season);
                    d.describe(name, false, publicStandings, 20, 3, 5);
                    return divisions.save(d);
                });
        for (TeamEntry entry : participants) {
            boolean known = entry.teamId() != null ? teams.existsByDivisionIdAndTeamId(division.getId(), entry.teamId())
                    : teams.existsByDivisionIdAndNameIgnoreCase(division.getId(), entry.name());
            if (!known) {
                teams.save(new DivisionTeam(club, division.getId(), entry.name(), entry.teamId()));
                views.requestRefresh(club);
            }
        }
        teams.flush();
        return new DivisionView(division, teams.findByDivisionIdOrderByName(division.getId()));
    }

    private DivisionTeam participant(UUID club, UUID divisionId, TeamEntry entry, String field) {
        String name = entry.name() == null ? null : entry.name().trim();
        if (entry.teamId() != null) {
            RosterTeam team = roster.team(entry.teamId()).filter(t -> club.equals(t.organizationId()))
                    .orElseThrow(() -> new InvalidRequestException(field + ".teamId", "is not a team of your club"));
            name = name == null || name.isEmpty() ? team.name() : name;
        }
        if (name == null || name.isEmpty()) {
            throw new InvalidRequestException(field + ".name", "is required for an opponent");
        }
        return new DivisionTeam(club, divisionId, name, entry.teamId());
    }
}
