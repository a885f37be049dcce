package com.hockeyhub.statistics.standings;

import java.time.Clock;
import java.util.UUID;

import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.roster.RosterTeam;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.statistics.access.StatisticsAccessPolicy;
import com.hockeyhub.statistics.division.Division;
import com.hockeyhub.statistics.division.DivisionService;
import com.hockeyhub.statistics.support.Seasons;
import com.hockeyhub.statistics.support.StatisticsProperties;
import org.springframework.stereotype.Service;

/** Standings and leaderboards of the caller's club (from the token), and public standings of divisions marked so. */
@Service
public class StandingsService {

    public static final int MAX_LIMIT = 100;

    private final StandingsCache cache;
    private final StatisticsAccessPolicy policy;
    private final DivisionService divisions;
    private final StatisticsProperties properties;
    private final Clock clock;

    StandingsService(StandingsCache cache, StatisticsAccessPolicy policy, DivisionService divisions,
            StatisticsProperties properties, Clock clock) {
        this.cache = cache;
        this.policy = policy;
        this.divisions = divisions;
        this.properties = properties;
        this.clock = clock;
    }

    public Standings standings(CurrentUser user, String season, UUID divisionId) {
        UUID club = policy.requireClub(user);
        String checked = season == null ? Seasons.current(clock) : Seasons.require("season", season, clock);
        if (divisionId != null) {
            Division division = divisions.require(club, divisionId).division();
            if (!division.getSeason().equals(checked) && season != null) {
                throw new InvalidRequestException("divisionId", "is a division of " + division.getSeason());
            }
            checked = division.getSeason();
        }
        return cache.standings(club, checked, divisionId);
    }

    /** A division's standings without a token: only when its club marked them public (404 otherwise). */
    public Standings publicStandings(UUID divisionId) {
        // anonymous: the division is found in whichever club made it public, and only its standings are read
        return AcrossClubs.call(() -> {
            Division division = divisions.find(divisionId).filter(Division::isPublicStandings)
                    .orElseThrow(() -> new NotFoundException("Division", divisionId));
            return cache.standings(division.getOrganizationId(), division.getSeason(), divisionId);
        });
    }

    /**
     * A club team's season record (any member of the club; 404 for another club's team) and the players' totals the
     * caller may see in detail: staff every player's, a player their own, a parent their children's.
     */
    public TeamSeasonStats teamSeason(CurrentUser user, UUID teamId, String season) {
        RosterTeam team = policy.requireTeam(user, teamId);
        String checked = season == null ? Seasons.current(clock) : Seasons.require("season", season, clock);
        TeamSeasonStats all = cache.teamSeason(team.organizationId(), teamId, team.name(), checked);
        return all.withPlayers(StatisticsAccessPolicy.detailedOnly(user, team.organizationId(), all.players(),
                TeamSeasonStats.PlayerTotals::playerId));
    }

    public Leaderboard leaderboard(CurrentUser user, String stat, String season, Integer minGames, Integer limit) {
        UUID club = policy.requireClub(user);
        if (stat == null || stat.isBlank()) {
            throw new InvalidRequestException("stat", "is required: one of "
                    + ApiEnums.values(LeaderboardStat.class));
        }
        LeaderboardStat which = ApiEnums.param(LeaderboardStat.class, "stat", stat);
        String checked = season == null ? Seasons.current(clock) : Seasons.require("season", season, clock);
        if (minGames != null && (minGames < 0 || minGames > 200)) {
            throw new InvalidRequestException("minGames", "must be between 0 and 200");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        int min = minGames != null ? minGames : which == LeaderboardStat.SAVE_PCT ? properties.minGoalieGames() : 1;
        return cache.leaderboard(club, checked, which, min, limit != null ? limit : 20);
    }
}
