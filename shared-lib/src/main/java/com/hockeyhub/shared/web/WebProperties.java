package com.hockeyhub.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hockeyhub.web.*}: CORS origins of the web frontend. */
@ConfigurationProperties("hockeyhub.web")
public class WebProperties {

    private List<String> corsAllowedOrigins = new ArrayList<>(List.of("http://localhost:3000", "http://localhost:5173"));

    public List<String> getCorsAllowedOrigins() {
        return corsAllowedOrigins;
    }

    public void setCorsAllowedOrigins(List<String> corsAllowedOrigins) {
        this.corsAllowedOrigins = corsAllowedOrigins;
    }
}
