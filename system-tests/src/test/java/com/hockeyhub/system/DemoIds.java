package com.hockeyhub.system;

import java.util.UUID;

/**
 * The demo club's well-known ids (shared-lib {@code DemoClub}, which system-tests does not depend on): every one is
 * {@code 0190d000-0000-7000-8000-} followed by its twelve-digit suffix.
 */
final class DemoIds {

    private static final String PREFIX = "0190d000-0000-7000-8000-";

    private DemoIds() {
    }

    /** The demo id ending in {@code suffix} (twelve hex digits), e.g. {@code demo("000000000001")} the club. */
    static UUID demo(String suffix) {
        return UUID.fromString(PREFIX + suffix);
    }
}
