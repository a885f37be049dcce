package com.hockeyhub.shared.db.migrate;

import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.test.TestDatabase;
import com.hockeyhub.shared.test.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22: migrations run once per release (a Job), not by every replica racing at start-up. */
class MigrateOnlyTest {

    final MigrateOnlyEnvironmentPostProcessor processor = new MigrateOnlyEnvironmentPostProcessor();

    @Test
    void migrateOnlyStartsNeitherWebServerNorEventsAndForcesFlywayOnOverTheDeploymentsSetting() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("hockeyhub.db.migrate-only", "true")
                .withProperty("spring.flyway.enabled", "false");
        processor.postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.flyway.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(environment.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
        assertThat(environment.getProperty("hockeyhub.events.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("none");
    }

    @Test
    void theEnvironmentVariableAloneSwitchesItOnBeforeTheSharedDefaultsAreRead() {
        MockEnvironment environment = new MockEnvironment().withProperty("DB_MIGRATE_ONLY", "true");
        processor.postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    @Test
    void anOrdinaryStartIsLeftAlone() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("hockeyhub.db.migrate-only", "false")
                .withProperty("spring.flyway.enabled", "false");
        processor.postProcessEnvironment(environment, null);
        assertThat(environment.getPropertySources().contains(MigrateOnlyEnvironmentPostProcessor.SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("spring.flyway.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
    }

    @Test
    void theRunnerMigratesClosesTheContextAndExitsWithZeroAndASecondRunAppliesNothing() {
        TestDatabase database = TestInfrastructure.get().createDatabase("migrate_only");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password());
        Flyway flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/shared").load();

        AtomicInteger exitCode = new AtomicInteger(-1);
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        new MigrateOnlyRunner(flyway, context, exitCode::set).run(new DefaultApplicationArguments());

        assertThat(exitCode.get()).isZero();
        assertThat(context.isActive()).isFalse();
        assertThat(flyway.info().pending()).isEmpty();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT to_regclass('hockeyhub_outbox') IS NOT NULL", Boolean.class)).isTrue();

        String versioned = "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL";
        int versionedBefore = jdbc.queryForObject(versioned, Integer.class);
        assertThat(versionedBefore).isPositive();
        GenericApplicationContext again = new GenericApplicationContext();
        again.refresh();
        AtomicInteger secondExit = new AtomicInteger(-1);
        new MigrateOnlyRunner(Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/shared").load(), again, secondExit::set)
                .run(new DefaultApplicationArguments());
        assertThat(secondExit.get()).isZero();
        assertThat(jdbc.queryForObject(versioned, Integer.class)).isEqualTo(versionedBefore);
    }
}
