package com.hockeyhub.medical.seed;

import java.util.UUID;

/**
 * Ids of the "Hockey Hub Demo Club" that the medical seed uses. They must match user-service's demo seed (its
 * team.member.added events carry the same ids); they are fixed so every service's seed agrees without calls.
 */
public final class DemoClub {

    public static final UUID ORGANIZATION = UUID.fromString("0190d000-0000-7000-8000-000000000001");
    public static final UUID TEAM_U16_ELITE = UUID.fromString("0190d000-0000-7000-8000-000000000101");
    public static final UUID TEAM_JUNIOR_A = UUID.fromString("0190d000-0000-7000-8000-000000000103");
    public static final UUID MEDICAL_STAFF = UUID.fromString("0190d000-0000-7000-8000-000000001007");
    public static final UUID PLAYER_1 = UUID.fromString("0190d000-0000-7000-8000-000000002001");
    public static final UUID PLAYER_2 = UUID.fromString("0190d000-0000-7000-8000-000000002002");
    public static final UUID PLAYER_3 = UUID.fromString("0190d000-0000-7000-8000-000000002003");

    private DemoClub() {
    }
}
