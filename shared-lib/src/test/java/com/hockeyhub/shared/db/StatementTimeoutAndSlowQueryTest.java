package com.hockeyhub.shared.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.hockeyhub.shared.test.HockeyHubTestContextCustomizerFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The suite's database defaults with short limits, in a small application of its own:
 * {@code hockeyhub.db.statement-timeout-ms} cancels a long statement on the server, and
 * {@code hockeyhub.db.slow-query-ms} logs slower statements with their duration.
 */
@ExtendWith(OutputCaptureExtension.class)
class StatementTimeoutAndSlowQueryTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class DbApp {
    }

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        Map<String, Object> properties = new LinkedHashMap<>(HockeyHubTestContextCustomizerFactory.testProperties());
        properties.put("hockeyhub.db.statement-timeout-ms", "300");
        properties.put("hockeyhub.db.slow-query-ms", "100");
        properties.put("spring.main.web-application-type", "none");
        properties.put("spring.autoconfigure.exclude", "com.hockeyhub.shared.security.SecurityAutoConfiguration");
        properties.put("hockeyhub.cache.warm", "");
        List<String> args = new ArrayList<>();
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        app = new SpringApplicationBuilder(DbApp.class).run(args.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aStatementPastTheConfiguredTimeoutIsCancelledByTheServer() {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("300ms");
        assertThatThrownBy(() -> jdbc.queryForList("SELECT pg_sleep(5)"))
                .isInstanceOf(QueryTimeoutException.class)
                .hasMessageContaining("canceling statement due to statement timeout");
    }

    @Test
    void statementsSlowerThanTheThresholdAreLoggedWithTheirDuration(CapturedOutput output) {
        EntityManager em = app.getBean(EntityManagerFactory.class).createEntityManager();
        try {
            em.createNativeQuery("SELECT 1 FROM pg_sleep(0.15)").getSingleResult();
            em.createNativeQuery("SELECT 2").getSingleResult();
        } finally {
            em.close();
        }
        assertThat(output.getAll()).containsPattern("SQL_SLOW.*[Ss]low query took \\d+ milli.*pg_sleep\\(0\\.15\\)");
        assertThat(output.getAll()).doesNotContainPattern("SQL_SLOW.*SELECT 2");
    }
}
