package com.hockeyhub.training.physicaltest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.training.access.TrainingAccessPolicy;
import com.hockeyhub.training.physicaltest.PhysicalTestViews.PlayerHistory;
import com.hockeyhub.training.physicaltest.PhysicalTestViews.Ranking;
import com.hockeyhub.training.physicaltest.PhysicalTestViews.ResultRequest;
import com.hockeyhub.training.physicaltest.PhysicalTestViews.ResultResponse;
import com.hockeyhub.training.physicaltest.PhysicalTestViews.TeamComparison;
import com.hockeyhub.training.physicaltest.PhysicalTestViews.TestHistory;
import com.hockeyhub.training.physicaltest.PhysicalTestViews.TestRequest;
import com.hockeyhub.training.physicaltest.PhysicalTestViews.TestResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Physical tests: the club's test definitions, players' results, a player's history with their best, and a team's
 * players ranked on one test (percentile within the team).
 */
@Service
public class PhysicalTestService {

    /** Which of a player's results a team comparison ranks. */
    public enum Basis { BEST, LATEST }

    private final PhysicalTestRepository tests;
    private final PhysicalTestResultRepository results;
    private final TrainingAccessPolicy policy;
    private final Roster roster;

    PhysicalTestService(PhysicalTestRepository tests, PhysicalTestResultRepository results,
            TrainingAccessPolicy policy, Roster roster) {
        this.tests = tests;
        this.results = results;
        this.policy = policy;
        this.roster = roster;
    }

    @Transactional(readOnly = true)
    public List<TestResponse> list(CurrentUser user) {
        return tests.findByOrganizationIdOrderByName(policy.club(user)).stream().map(TestResponse::of).toList();
    }

    @Transactional(readOnly = true)
    public TestResponse get(UUID id, CurrentUser user) {
        return TestResponse.of(require(policy.club(user), id));
    }

    @Transactional
    public TestResponse create(TestRequest request, CurrentUser user) {
        UUID club = policy.requirePlanner(user);
        requireFreeName(club, request.name(), null);
        return TestResponse.of(tests.saveAndFlush(new PhysicalTest(club, request)));
    }

    @Transactional
    public TestResponse update(UUID id, TestRequest request, CurrentUser user) {
        UUID club = policy.requirePlanner(user);
        PhysicalTest test = require(club, id);
        requireFreeName(club, request.name(), id);
        test.describe(request);
        return TestResponse.of(tests.saveAndFlush(test));
    }

    @Transactional
    public void delete(UUID id, CurrentUser user) {
        tests.delete(require(policy.requirePlanner(user), id));
    }

    @Transactional
    public ResultResponse record(UUID testId, ResultRequest request, CurrentUser user) {
        UUID club = policy.club(user);
        PhysicalTest test = require(club, testId);
        List<RosterMember> teams = clubMemberships(club, request.playerId());
        if (teams.isEmpty() && roster.person(request.playerId()).filter(p -> club.equals(p.organizationId()))
                .isEmpty()) {
            throw new InvalidRequestException("playerId", "is not a player of the club");
        }
        policy.requireTestRecorder(user, teams.stream().anyMatch(m -> user.isMemberOfTeam(m.teamId())));
        return ResultResponse.of(results.saveAndFlush(new PhysicalTestResult(club, test.getId(), request.playerId(),
                request.value(), request.testedOn(), request.notes())));
    }

    @Transactional
    public void deleteResult(UUID resultId, CurrentUser user) {
        UUID club = policy.club(user);
        PhysicalTestResult result = results.findById(resultId).filter(r -> r.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Result", resultId));
        policy.requireTestRecorder(user, clubMemberships(club, result.getPlayerId()).stream()
                .anyMatch(m -> user.isMemberOfTeam(m.teamId())));
        results.delete(result);
    }

    /** A player's results per test (newest first) with their best and latest: the player, parents, staff. */
    @Transactional(readOnly = true)
    public PlayerHistory history(UUID playerId, UUID testId, CurrentUser user) {
        UUID club = policy.club(user);
        if (!roster.isOfClub(club, playerId)) {
            throw new NotFoundException("Player", playerId);
        }
        policy.requirePlayerReader(user, playerId);
        List<PhysicalTestResult> of = testId == null
                ? results.findByOrganizationIdAndPlayerIdOrderByTestedOnDescCreatedAtDesc(club, playerId)
                : results.findByOrganizationIdAndPlayerIdAndTestIdOrderByTestedOnDescCreatedAtDesc(club, playerId,
                        require(club, testId).getId());
        Map<UUID, List<PhysicalTestResult>> byTest = new LinkedHashMap<>();
        of.forEach(r -> byTest.computeIfAbsent(r.getTestId(), t -> new ArrayList<>()).add(r));
        Map<UUID, PhysicalTest> definitions = new HashMap<>();
        tests.findByOrganizationIdAndIdIn(club, byTest.keySet()).forEach(t -> definitions.put(t.getId(), t));
        List<TestHistory> histories = new ArrayList<>();
        byTest.forEach((id, list) -> {
            PhysicalTest test = definitions.get(id);
            if (test == null) {
                return;
            }
            PhysicalTestResult best = list.get(0);
            for (PhysicalTestResult r : list) {
                if (test.better(r.getValue(), best.getValue())) {
                    best = r;
                }
            }
            histories.add(new TestHistory(id, test.getName(), test.getUnit(), test.isHigherIsBetter(),
                    ResultResponse.of(best), ResultResponse.of(list.get(0)),
                    list.stream().map(ResultResponse::of).toList()));
        });
        histories.sort(Comparator.comparing(TestHistory::name, String.CASE_INSENSITIVE_ORDER));
        return new PlayerHistory(playerId, histories);
    }

    /**
     * The team's current players ranked on one test by each one's best or latest result. Ties share a rank; the
     * percentile is the share of the other ranked players this one beats (100: best, 0: worst).
     */
    @Transactional(readOnly = true)
    public TeamComparison compare(UUID teamId, UUID testId, Basis basis, CurrentUser user) {
        UUID club = policy.club(user);
        if (!roster.isTeamOf(teamId, club)) {
            throw new NotFoundException("Team", teamId);
        }
        policy.requireTeamStaffReader(user, teamId);
        PhysicalTest test = require(club, testId);
        List<UUID> players = roster.players(teamId).stream().map(RosterMember::userId).toList();
        Map<UUID, PhysicalTestResult> chosen = new HashMap<>();
        if (!players.isEmpty()) {
            for (PhysicalTestResult r : results.findByOrganizationIdAndTestIdAndPlayerIdIn(club, testId, players)) {
                PhysicalTestResult current = chosen.get(r.getPlayerId());
                boolean replace = current == null || (basis == Basis.BEST
                        ? test.better(r.getValue(), current.getValue())
                        : r.getTestedOn().isAfter(current.getTestedOn()) || (r.getTestedOn().equals(
                                current.getTestedOn()) && r.getCreatedAt().isAfter(current.getCreatedAt())));
                if (replace) {
                    chosen.put(r.getPlayerId(), r);
                }
            }
        }
        List<PhysicalTestResult> ranked = new ArrayList<>(chosen.values());
        Comparator<PhysicalTestResult> byValue = Comparator.comparing(PhysicalTestResult::getValue);
        ranked.sort((test.isHigherIsBetter() ? byValue.reversed() : byValue)
                .thenComparing(PhysicalTestResult::getPlayerId));
        int n = ranked.size();
        List<Ranking> ranking = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal value = ranked.get(i).getValue();
            long worse = ranked.stream().filter(r -> test.better(value, r.getValue())).count();
            long ahead = ranked.stream().filter(r -> test.better(r.getValue(), value)).count();
            int percentile = n == 1 ? 100 : (int) Math.round(100.0 * worse / (n - 1));
            PhysicalTestResult r = ranked.get(i);
            ranking.add(new Ranking((int) ahead + 1, r.getPlayerId(), r.getValue(), r.getTestedOn(), percentile));
        }
        List<UUID> untested = players.stream().filter(p -> !chosen.containsKey(p)).toList();
        return new TeamComparison(teamId, testId, test.getName(), test.getUnit(), test.isHigherIsBetter(),
                basis.name().toLowerCase(java.util.Locale.ROOT), ranking, untested);
    }

    private List<RosterMember> clubMemberships(UUID club, UUID playerId) {
        return roster.memberships(playerId).stream().filter(m -> club.equals(m.organizationId())).toList();
    }

    private void requireFreeName(UUID club, String name, UUID except) {
        if (tests.nameTaken(club, name.trim(), except)) {
            throw new ConflictException("The club already has a physical test named " + name.trim());
        }
    }

    private PhysicalTest require(UUID club, UUID id) {
        return tests.findById(id).filter(t -> t.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Physical test", id));
    }
}
