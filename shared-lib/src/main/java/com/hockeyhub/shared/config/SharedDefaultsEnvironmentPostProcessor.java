package com.hockeyhub.shared.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds the suite-wide defaults ({@code hockeyhub-defaults.properties}: Hikari, statement timeout, slow-query log,
 * Flyway, actuator, environment overrides such as {@code DB_URL}) with the lowest precedence, so a service's
 * {@code application.yml}, the environment and the command line can override each of them.
 */
public class SharedDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "hockeyhubDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("hockeyhub-defaults.properties"));
            environment.getPropertySources().addLast(new PropertiesPropertySource(SOURCE_NAME, defaults));
        } catch (IOException e) {
            throw new UncheckedIOException("hockeyhub-defaults.properties missing from shared-lib", e);
        }
    }
}
