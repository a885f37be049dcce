package com.hockeyhub.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code hockeyhub.web.*}: CORS origins of the web frontend and the largest request body accepted. */
@ConfigurationProperties("hockeyhub.web")
public class WebProperties {

    private DataSize maxRequestSize = DataSize.ofMegabytes(1);

    public DataSize getMaxRequestSize() {
        return maxRequestSize;
    }

    public void setMaxRequestSize(DataSize maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    private List<String> corsAllowedOrigins = new ArrayList<>(List.of("http://localhost:3000", "http://localhost:5173"));

    public List<String> getCorsAllowedOrigins() {
        return corsAllowedOrigins;
    }

    public void setCorsAllowedOrigins(List<String> corsAllowedOrigins) {
        this.corsAllowedOrigins = corsAllowedOrigins;
    }
}
