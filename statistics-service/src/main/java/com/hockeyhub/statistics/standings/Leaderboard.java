package com.hockeyhub.statistics.standings;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTag;

/** The club's players of a season ranked by one stat (equal values share a rank). */
public record Leaderboard(UUID organizationId, String season, LeaderboardStat stat, int minGames, List<Row> rows) {

    public record Row(int rank, UUID playerId, String name, int gamesPlayed, int goals, int assists, int points,
                      int plusMinus, int goalieGames, int saves, int shotsAgainst, BigDecimal value) {
    }

    public String tag() {
        return CacheTag.org(organizationId);
    }
}
