package com.hockeyhub.statistics.support;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.statistics.*}: when the views are refreshed after new results, the minimum goalie games of the
 * save-percentage leaderboard, and the widest date range a list or export may ask for.
 */
@ConfigurationProperties("hockeyhub.statistics")
public record StatisticsProperties(Duration refreshDebounce, Duration refreshMaxDelay, int minGoalieGames,
                                   int maxRangeDays) {

    public StatisticsProperties {
        refreshDebounce = refreshDebounce == null ? Duration.ofSeconds(1) : refreshDebounce;
        refreshMaxDelay = refreshMaxDelay == null ? Duration.ofSeconds(10) : refreshMaxDelay;
        minGoalieGames = minGoalieGames <= 0 ? 3 : minGoalieGames;
        maxRangeDays = maxRangeDays <= 0 ? 366 : maxRangeDays;
    }
}
