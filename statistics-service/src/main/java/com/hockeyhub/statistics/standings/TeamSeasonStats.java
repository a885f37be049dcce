package com.hockeyhub.statistics.standings;

import java.util.List;
import java.util.UUID;

/** A club team's season: its record over its divisions and its players' totals (from the views). */
public record TeamSeasonStats(UUID teamId, String name, String season, int gamesPlayed, int wins, int losses,
                              int overtimeLosses, int ties, int points, int goalsFor, int goalsAgainst,
                              List<PlayerTotals> players) {

    public record PlayerTotals(UUID playerId, String name, int gamesPlayed, int goals, int assists, int points,
                               int plusMinus, int penaltyMinutes, int shots, int hits, int blocks, int goalieGames,
                               int saves, int shotsAgainst) {
    }
}
