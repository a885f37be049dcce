package com.hockeyhub.payment.usage;

/** A club's real usage: active users, teams, and distinct players on its teams' rosters. */
public record UsageCounts(long users, long teams, long players) {

    public long of(UsageResource resource) {
        return switch (resource) {
            case USERS -> users;
            case TEAMS -> teams;
            case PLAYERS -> players;
        };
    }
}
