package com.hockeyhub.shared.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.hockeyhub.shared.api.user.ServiceTokenRequest;
import com.hockeyhub.shared.api.user.TokenResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * This service's own token (role {@code service}) for calls made outside a request — event handlers, sagas, jobs:
 * obtained from user-service with client credentials ({@code POST /api/auth/service-token}) and cached until
 * shortly before it expires. Without a configured secret there is no service token.
 */
public class ServiceTokenProvider {

    private static final Logger log = LoggerFactory.getLogger(ServiceTokenProvider.class);

    private final ClientProperties properties;
    private final Environment environment;
    private final RestClient.Builder builder;
    private final String clientId;
    private String token;
    private Instant renewAt = Instant.EPOCH;
    private int issued;

    public ServiceTokenProvider(ClientProperties properties, Environment environment, RestClient.Builder builder,
            String applicationName) {
        this.properties = properties;
        this.environment = environment;
        this.builder = builder;
        String configured = properties.getServiceToken().getClientId();
        this.clientId = configured == null || configured.isBlank() ? applicationName : configured;
    }

    /** The cached token, renewed when due; empty when no client secret is configured. */
    public synchronized Optional<String> token() {
        ClientProperties.ServiceToken settings = properties.getServiceToken();
        if (settings.getClientSecret() == null || settings.getClientSecret().isBlank()) {
            return Optional.empty();
        }
        if (token != null && Instant.now().isBefore(renewAt)) {
            return Optional.of(token);
        }
        String issuer = settings.getIssuer();
        String baseUrl = ServiceClients.resolveUrl(environment, properties, issuer);
        try {
            TokenResponse response = builder.clone().baseUrl(baseUrl).build().post()
                    .uri(settings.getPath())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ServiceTokenRequest(clientId, settings.getClientSecret()))
                    .retrieve()
                    .body(TokenResponse.class);
            if (response == null || response.accessToken() == null) {
                throw new RemoteServiceUnavailableException(issuer, "no token in the answer", null);
            }
            Duration lifetime = Duration.ofSeconds(response.expiresIn());
            Duration early = settings.getRefreshBeforeExpiry();
            // a very short-lived token is renewed after half its lifetime instead
            Duration usable = lifetime.compareTo(early.multipliedBy(2)) > 0 ? lifetime.minus(early) : lifetime.dividedBy(2);
            token = response.accessToken();
            renewAt = Instant.now().plus(usable);
            issued++;
            log.debug("Obtained a service token for {} valid for {}", clientId, lifetime);
            return Optional.of(token);
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            if (status >= 500) {
                throw new RemoteServiceUnavailableException(issuer, status, null);
            }
            throw new RemoteClientErrorException(issuer, status, null);
        } catch (RestClientException e) {
            throw new RemoteServiceUnavailableException(issuer, "service token: " + e.getMessage(), e);
        }
    }

    /** Tokens obtained so far (for tests and diagnostics). */
    public synchronized int issuedCount() {
        return issued;
    }

    /** Drops the cached token, e.g. after the issuer rejected it. */
    public synchronized void invalidate() {
        token = null;
        renewAt = Instant.EPOCH;
    }
}
