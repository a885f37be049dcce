package com.hockeyhub.medical.seed;

import java.util.UUID;

/**
 * Ids of the "Hockey Hub Demo Club" that the medical seed uses: the three U18 AAA players of user-service's demo
 * seed (Connor Walsh #17 C, Lucas Martin #4 D, Mikko Virtanen #31 G). Fixed, documented ids so every service's seed
 * can agree without calls; user-service's team.member.added events for the same ids update the same roster rows.
 */
public final class DemoClub {

    public static final UUID ORGANIZATION = UUID.fromString("0190d000-0000-7000-8000-000000000001");
    public static final UUID TEAM_U18_AAA = UUID.fromString("0190d000-0000-7000-8000-000000000102");
    public static final UUID MEDICAL_STAFF = UUID.fromString("0190d000-0000-7000-8000-000000001007");
    public static final UUID PLAYER_1 = UUID.fromString("0190d000-0000-7000-8000-000000002001");
    public static final UUID PLAYER_2 = UUID.fromString("0190d000-0000-7000-8000-000000002002");
    public static final UUID PLAYER_3 = UUID.fromString("0190d000-0000-7000-8000-000000002003");

    private DemoClub() {
    }
}
