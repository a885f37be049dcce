package com.hockeyhub.shared.saga;

import java.time.Duration;

/** Waits out a short retry back-off; replaced in tests by one that advances a controllable clock. */
@FunctionalInterface
public interface SagaSleeper {

    SagaSleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
