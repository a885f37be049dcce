package com.hockeyhub.shared.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The services' one {@link Clock} (UTC): code that asks for "now" takes it by injection, so tests can run it on a
 * clock they move (shared-lib's test {@code MutableClock}). A service or test that declares its own clock keeps it.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
