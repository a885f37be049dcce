package com.hockeyhub.user.auth;

import java.time.Instant;
import java.util.Optional;

import com.hockeyhub.shared.client.ClientProperties;
import com.hockeyhub.shared.client.ServiceTokenProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * user-service's own service token for its calls to other services (the sagas): it is the issuer, so it signs one
 * itself instead of asking itself over HTTP; renewed a minute before it expires.
 */
@Component
class SelfIssuedServiceToken extends ServiceTokenProvider {

    static final String CLIENT_ID = "user-service";

    private final TokenIssuer issuer;
    private final AuthProperties properties;
    private String token;
    private Instant renewAt = Instant.EPOCH;

    SelfIssuedServiceToken(ClientProperties clients, Environment environment, TokenIssuer issuer,
            AuthProperties properties) {
        super(clients, environment, RestClient.builder(), CLIENT_ID);
        this.issuer = issuer;
        this.properties = properties;
    }

    @Override
    public synchronized Optional<String> token() {
        Instant now = Instant.now();
        if (token == null || !now.isBefore(renewAt)) {
            token = issuer.serviceToken(CLIENT_ID);
            renewAt = now.plus(properties.getServiceTokenTtl()).minusSeconds(60);
        }
        return Optional.of(token);
    }
}
