package com.hockeyhub.user.seed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@code --spring.profiles.active=seed}: the demo club, plus {@code hockeyhub.seed.users} synthetic users if set. */
@Component
@Profile("seed")
class SeedRunner implements ApplicationRunner {

    private final DemoSeeder demo;
    private final ScaleSeeder scale;
    private final int scaleUsers;

    SeedRunner(DemoSeeder demo, ScaleSeeder scale, @Value("${hockeyhub.seed.users:0}") int scaleUsers) {
        this.demo = demo;
        this.scale = scale;
        this.scaleUsers = scaleUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.seed();
        if (scaleUsers > 0) {
            scale.seed(scaleUsers);
        }
    }
}
