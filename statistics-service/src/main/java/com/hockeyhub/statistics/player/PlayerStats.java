package com.hockeyhub.statistics.player;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A player's season: totals, games missed while injured, and the game log. */
public record PlayerStats(UUID playerId, String name, String season, Totals totals, int gamesMissedInjured,
                          List<GameLine> games) {

    public record Totals(int gamesPlayed, int goals, int assists, int points, int plusMinus, int penaltyMinutes,
                         int shots, BigDecimal shootingPct, int hits, int blocks, int faceoffsWon, int faceoffsTaken,
                         BigDecimal faceoffPct, int averageToiSeconds, int goalieGames, int saves, int shotsAgainst,
                         BigDecimal savePct) {
    }

    public record GameLine(UUID gameId, Instant playedAt, String opponent, UUID teamId, int goals, int assists,
                           int points, int plusMinus, int penaltyMinutes, int shots, int hits, int blocks,
                           int faceoffsWon, int faceoffsTaken, int toiSeconds, boolean goalie, int saves,
                           int shotsAgainst) {
    }
}
