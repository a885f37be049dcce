package com.hockeyhub.shared.security;

import java.util.ArrayList;
import java.util.List;

import com.hockeyhub.shared.security.revocation.TokenRevocations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server for user-service's RS256 tokens: stateless, health, info and API docs
 * public, the other actuator endpoints (metrics, Prometheus, caches, queries) for service tokens and super admins
 * only, Prometheus also for the configured scrape secret
 * ({@link MetricsScrapeTokenFilter}), everything else authenticated; 401/403 as problem details;
 * {@code @PreAuthorize} enabled.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class SecurityAutoConfiguration {

    static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/.well-known/**", "/error");

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<TokenRevocations> revocations) {
        SecurityProperties.Jwt jwt = properties.getJwt();
        NimbusJwtDecoder decoder = jwt.getPublicKey() != null && !jwt.getPublicKey().isBlank()
                ? NimbusJwtDecoder.withPublicKey(PemKeys.publicKey(jwt.getPublicKey()))
                        .signatureAlgorithm(SignatureAlgorithm.RS256).build()
                : NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(jwt.getIssuer() == null || jwt.getIssuer().isBlank()
                ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(jwt.getIssuer()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return JwtDecoders.cachedAndRevocable(decoder, jwt, revocations.getIfAvailable());
    }

    /**
     * No Micrometer observation around each security filter, the authentication and the authorization: on a cached
     * read they were the largest share of Spring Security's own CPU (docs/performance.md "cache"). The HTTP server
     * observation ({@code http.server.requests}) stays. {@code hockeyhub.security.filter-observations=true} brings
     * them back.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "hockeyhub.security", name = "filter-observations", havingValue = "false",
            matchIfMissing = true)
    SecurityObservationSettings hockeyHubSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall with its default rules, checked without regular expressions. */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SafeCharacters.INSTANCE);
        firewall.setAllowedHeaderValues(SafeCharacters.INSTANCE);
        firewall.setAllowedParameterNames(SafeCharacters.INSTANCE);
        return firewall;
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAuthenticationHandlers problemAuthenticationHandlers(JsonMapper jsonMapper) {
        return new ProblemAuthenticationHandlers(jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain hockeyHubSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
            JwtDecoder jwtDecoder, ProblemAuthenticationHandlers problems) throws Exception {
        List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
        open.addAll(properties.getPublicPaths());
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> { })
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        // no-store alone keeps every HTTP/1.1 cache from storing an answer (RFC 9111 5.2.2.5);
                        // the default added Pragma and Expires for HTTP/1.0 caches and X-XSS-Protection for a
                        // filter browsers removed: three headers fewer per answer (docs/performance.md "cache").
                        // A handler's own Cache-Control (the JWKS's) is kept: the writer adds missing headers only
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "no-store"))
                        .xssProtection(xss -> xss.disable())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        // JSON answers load nothing and are framed by nobody; Swagger UI (outside /api) needs scripts
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                                new StaticHeadersWriter("Content-Security-Policy",
                                        "default-src 'none'; frame-ancestors 'none'"))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a stateless JSON API has no session to log out of, no login page to return to after one, and
                // nothing that asks the servlet request for its principal (CurrentUser is read from the security
                // context): three filters fewer on every request (docs/performance.md "cache")
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .servletApi(servletApi -> servletApi.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        // platform-wide figures (metrics, caches, queries): not for a club's users
                        .requestMatchers("/actuator/**")
                        .hasAnyAuthority(Role.SERVICE.authority(), Role.SUPER_ADMIN.authority())
                        .anyRequest().authenticated())
                .addFilterBefore(new MetricsScrapeTokenFilter(properties.getMetricsScrapeToken()),
                        BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenResolver(new AuthorizationHeaderTokenResolver())
                        .jwt(j -> j.decoder(jwtDecoder).jwtAuthenticationConverter(new CurrentUserJwtConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }
}
