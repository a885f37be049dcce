package com.hockeyhub.user;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 24 (also found): user-service read PORT while the other services read SERVER_PORT. */
class ServerPortTest {

    static String port(Map<String, Object> variables) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return environment.getProperty("server.port");
    }

    @Test
    void serverPortLikeEveryServiceWithPortAsTheOldFallback() throws Exception {
        assertThat(port(Map.of("SERVER_PORT", "9181", "PORT", "9999"))).isEqualTo("9181");
        assertThat(port(Map.of("PORT", "9999"))).isEqualTo("9999");
        assertThat(port(Map.of())).isEqualTo("8081");
    }
}
