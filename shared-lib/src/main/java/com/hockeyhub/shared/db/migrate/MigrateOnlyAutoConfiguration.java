package com.hockeyhub.shared.db.migrate;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** The runner of a {@code hockeyhub.db.migrate-only=true} start (see {@link MigrateOnlyEnvironmentPostProcessor}). */
@AutoConfiguration(afterName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnClass(Flyway.class)
@ConditionalOnProperty(name = MigrateOnlyEnvironmentPostProcessor.PROPERTY, havingValue = "true")
public class MigrateOnlyAutoConfiguration {

    @Bean
    MigrateOnlyRunner migrateOnlyRunner(Flyway flyway, ConfigurableApplicationContext context) {
        return new MigrateOnlyRunner(flyway, context, System::exit);
    }
}
