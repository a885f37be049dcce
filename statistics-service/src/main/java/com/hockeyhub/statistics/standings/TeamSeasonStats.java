package com.hockeyhub.statistics.standings;

import java.util.List;
import java.util.UUID;

/**
 * A club team's season: its record over its divisions and its players' totals (from the views); the players a caller
 * gets are those whose detailed stats they may see (StatisticsAccessPolicy.detailedOnly).
 */
public record TeamSeasonStats(UUID teamId, String name, String season, int gamesPlayed, int wins, int losses,
                              int overtimeLosses, int ties, int points, int goalsFor, int goalsAgainst,
                              List<PlayerTotals> players) {

    /** The same season with other player lines (the caller's visible ones). */
    public TeamSeasonStats withPlayers(List<PlayerTotals> visible) {
        return new TeamSeasonStats(teamId, name, season, gamesPlayed, wins, losses, overtimeLosses, ties, points,
                goalsFor, goalsAgainst, visible);
    }

    public record PlayerTotals(UUID playerId, String name, int gamesPlayed, int goals, int assists, int points,
                               int plusMinus, int penaltyMinutes, int shots, int hits, int blocks, int goalieGames,
                               int saves, int shotsAgainst) {
    }
}
