package com.hockeyhub.statistics.standings;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTag;

/**
 * A season's standings of a club's divisions (or one division), ordered by points, then goal difference, then goals
 * for (then name): points = 2 × W + OTL + T.
 */
public record Standings(UUID organizationId, String season, List<DivisionStandings> divisions) {

    public record DivisionStandings(UUID divisionId, String name, boolean tiesAllowed, List<Row> rows) {
    }

    public record Row(int rank, UUID divisionTeamId, String team, UUID teamId, int gamesPlayed, int wins, int losses,
                      int overtimeLosses, int ties, int points, int goalsFor, int goalsAgainst, int goalDifference) {
    }

    /** The cache tag of the entry (its club). */
    public String tag() {
        return CacheTag.org(organizationId);
    }
}
