package com.hockeyhub.shared.web;

import java.util.List;
import java.util.Map;

import com.hockeyhub.shared.config.SharedDefaultsEnvironmentPostProcessor;
import com.hockeyhub.shared.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 22: CORS for the frontend is configured in one place, {@code hockeyhub.web.cors-allowed-origins}
 * (env {@code CORS_ALLOWED_ORIGINS}); empty allows no cross-origin call (frontend and API on one origin).
 */
@IntegrationTest
class CorsConfigurationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aPreflightFromTheConfiguredFrontendOriginIsAllowed() throws Exception {
        mvc.perform(options("/api/test-records").header("Origin", "http://localhost:3000")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "Authorization, Content-Type"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:3000"))
                .andExpect(header().string("Access-Control-Allow-Credentials", "true"));
    }

    @Test
    void aPreflightFromAnyOtherOriginIsRefused() throws Exception {
        mvc.perform(options("/api/test-records").header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "POST"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void theEnvironmentVariableSetsTheOriginsAndEmptyMeansNone() {
        assertThat(origins(Map.of())).containsExactly("http://localhost:3000", "http://localhost:5173");
        assertThat(origins(Map.of("CORS_ALLOWED_ORIGINS", "https://app.hockeyhub.example")))
                .containsExactly("https://app.hockeyhub.example");
        assertThat(origins(Map.of("CORS_ALLOWED_ORIGINS", ""))).isEmpty();
    }

    private static List<String> origins(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new SharedDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, null);
        return Binder.get(environment).bind("hockeyhub.web", Bindable.of(WebProperties.class))
                .map(WebProperties::getCorsAllowedOrigins).orElseGet(List::of);
    }
}
