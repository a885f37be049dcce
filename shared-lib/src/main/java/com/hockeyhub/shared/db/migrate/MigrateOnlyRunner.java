package com.hockeyhub.shared.db.migrate;

import java.util.function.IntConsumer;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Runs before every other runner (a seed, a warm-up) in a {@code hockeyhub.db.migrate-only} start: applies the
 * pending migrations, closes the context and exits with 0; a failed migration fails the start (exit 1), so the Job
 * is retried and the release stops there.
 */
public class MigrateOnlyRunner implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(MigrateOnlyRunner.class);

    private final Flyway flyway;
    private final ConfigurableApplicationContext context;
    private final IntConsumer exit;

    public MigrateOnlyRunner(Flyway flyway, ConfigurableApplicationContext context, IntConsumer exit) {
        this.flyway = flyway;
        this.context = context;
        this.exit = exit;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) {
        MigrateResult result = flyway.migrate();
        log.info("Migrate-only run: {} migration(s) applied, schema version {}; exiting",
                result.migrationsExecuted, flyway.info().current() == null ? "none" : flyway.info().current().getVersion());
        exit.accept(SpringApplication.exit(context, () -> 0));
    }
}
