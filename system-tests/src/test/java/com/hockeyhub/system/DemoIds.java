package com.hockeyhub.system;

import java.util.UUID;

/**
 * The demo club's well-known ids (shared-lib {@code DemoClub}, which system-tests does not depend on): every one is
 * {@code 0190d000-0000-7000-8000-} followed by its twelve-digit suffix.
 */
final class DemoIds {

    private static final String PREFIX = "0190d000-0000-7000-8000-";

    static final UUID CLUB = demo("000000000001");
    static final UUID U16_ELITE = demo("000000000101");
    static final UUID U18_AAA = demo("000000000102");
    static final UUID JUNIOR_A = demo("000000000103");
    /** U18 AAA players; Connor is the one with a login (player@), Lucas and Mikko have none. */
    static final UUID CONNOR = demo("000000002001");
    static final UUID LUCAS = demo("000000002002");
    static final UUID MIKKO = demo("000000002003");

    private DemoIds() {
    }

    /** The demo id ending in {@code suffix} (twelve hex digits), e.g. {@code demo("000000000001")} the club. */
    static UUID demo(String suffix) {
        return UUID.fromString(PREFIX + suffix);
    }
}
