package com.hockeyhub.statistics.standings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.hockeyhub.shared.web.ApiEnums;

/** What a leaderboard ranks by; each with the SQL expression over a player's season sums. */
public enum LeaderboardStat {
    POINTS("sum(points)"),
    GOALS("sum(goals)"),
    ASSISTS("sum(assists)"),
    PLUS_MINUS("sum(plus_minus)"),
    SAVE_PCT("round(sum(saves)::numeric / nullif(sum(shots_against), 0), 3)");

    private final String expression;

    LeaderboardStat(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }

    boolean goalies() {
        return this == SAVE_PCT;
    }

    @JsonValue
    public String value() {
        return ApiEnums.value(this);
    }

    @JsonCreator
    public static LeaderboardStat of(String value) {
        return ApiEnums.parse(LeaderboardStat.class, value);
    }
}
