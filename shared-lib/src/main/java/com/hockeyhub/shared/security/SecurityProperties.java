package com.hockeyhub.shared.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.security.*}: where the token keys come from and which paths need no token.
 * In production services read user-service's JWKS ({@code JWT_JWKS_URI}); a PEM public key may be given instead.
 */
@ConfigurationProperties("hockeyhub.security")
public class SecurityProperties {

    private final Jwt jwt = new Jwt();

    /** Ant-style paths open without a token, in addition to health, info and the API docs. */
    private List<String> publicPaths = new ArrayList<>();

    /**
     * A static bearer secret that Prometheus sends to scrape {@code /actuator/prometheus} (its
     * {@code authorization.credentials}); empty: only service tokens and super admins read the metrics.
     */
    private String metricsScrapeToken = "";

    public Jwt getJwt() {
        return jwt;
    }

    public String getMetricsScrapeToken() {
        return metricsScrapeToken;
    }

    public void setMetricsScrapeToken(String metricsScrapeToken) {
        this.metricsScrapeToken = metricsScrapeToken;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    public static class Jwt {

        /** user-service's JWKS endpoint. */
        private String jwkSetUri = "http://localhost:8081/.well-known/jwks.json";

        /** An RSA public key (PEM, X.509) to trust instead of the JWKS; used by tests and single-key set-ups. */
        private String publicKey;

        /** Expected {@code iss} claim; not checked when empty. */
        private String issuer;

        /** How many verified tokens to remember (signature checked once per token); 0 disables. */
        private int verifiedCacheSize = 10_000;

        /** The longest a verified token is remembered before it is verified again (never past its expiry). */
        private java.time.Duration verifiedCacheMaxAge = java.time.Duration.ofMinutes(5);

        public int getVerifiedCacheSize() {
            return verifiedCacheSize;
        }

        public void setVerifiedCacheSize(int verifiedCacheSize) {
            this.verifiedCacheSize = verifiedCacheSize;
        }

        public java.time.Duration getVerifiedCacheMaxAge() {
            return verifiedCacheMaxAge;
        }

        public void setVerifiedCacheMaxAge(java.time.Duration verifiedCacheMaxAge) {
            this.verifiedCacheMaxAge = verifiedCacheMaxAge;
        }

        public String getJwkSetUri() {
            return jwkSetUri;
        }

        public void setJwkSetUri(String jwkSetUri) {
            this.jwkSetUri = jwkSetUri;
        }

        public String getPublicKey() {
            return publicKey;
        }

        public void setPublicKey(String publicKey) {
            this.publicKey = publicKey;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }
    }
}
