package com.hockeyhub.calendar.seed;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@code --spring.profiles.active=seed}: the demo club's season calendar, rink and gym. */
@Component
@Profile("seed")
class SeedRunner implements ApplicationRunner {

    private final DemoCalendarSeeder demo;

    SeedRunner(DemoCalendarSeeder demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.seed();
    }
}
