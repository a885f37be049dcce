package com.hockeyhub.shared.testapp.events;

/** Event types and payloads used only by shared-lib's own event tests. */
public final class TestEvents {

    public static final String PING = "test.ping";
    public static final String FLAKY = "test.flaky";
    public static final String POISON = "test.poison";
    /** Handled by a batch handler ({@link BatchTestHandler}). */
    public static final String BATCH = "test.batch";

    private TestEvents() {
    }

    public record Ping(String marker, int number) {
    }

    /** A later version of {@link Ping} with a field old consumers do not know. */
    public record PingV2(String marker, int number, String addedLater) {
    }
}
