package com.hockeyhub.shared.db.migrate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code hockeyhub.db.migrate-only=true} (env {@code DB_MIGRATE_ONLY}) turns a service into a one-shot migration
 * run: Flyway on (whatever {@code spring.flyway.enabled} says, so the Job can share the Deployment's
 * configuration), no web server, no event layer, beans created only when needed, so nothing but the DataSource and
 * Flyway start; {@link MigrateOnlyRunner} then migrates and exits. deploy/k8s runs it as one Job per service and
 * release; the Deployments themselves run with {@code spring.flyway.enabled=false}, so replicas never race.
 */
public class MigrateOnlyEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "hockeyhub.db.migrate-only";
    static final String SOURCE_NAME = "hockeyhubMigrateOnly";

    @Override
    public int getOrder() {
        // after the configuration files and the shared defaults, so DB_MIGRATE_ONLY resolves through them
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!isMigrateOnly(environment)) {
            return;
        }
        Map<String, Object> forced = new LinkedHashMap<>();
        forced.put("spring.main.web-application-type", "none");
        forced.put("spring.main.lazy-initialization", "true");
        forced.put("spring.flyway.enabled", "true");
        forced.put("spring.jpa.hibernate.ddl-auto", "none");
        forced.put("hockeyhub.events.enabled", "false");
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, forced));
    }

    static boolean isMigrateOnly(ConfigurableEnvironment environment) {
        if (environment.containsProperty(PROPERTY)) {
            return environment.getProperty(PROPERTY, Boolean.class, false);
        }
        // the shared defaults (DB_MIGRATE_ONLY) may not be added yet when this runs first
        return Boolean.parseBoolean(environment.getProperty("DB_MIGRATE_ONLY", "false"));
    }
}
