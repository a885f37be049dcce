package com.hockeyhub.statistics.player;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Per game, the player's numbers and their rolling averages over the last {@code window} games. */
public record PlayerTrend(UUID playerId, String season, int window, List<Point> games) {

    public record Point(UUID gameId, Instant playedAt, int goals, int assists, int points, int shots, int plusMinus,
                        int toiSeconds, BigDecimal avgGoals, BigDecimal avgPoints, BigDecimal avgShots,
                        BigDecimal avgPlusMinus, BigDecimal avgToiSeconds) {
    }
}
