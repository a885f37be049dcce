package com.hockeyhub.shared.testapp.client;

import java.util.UUID;

import com.hockeyhub.shared.api.user.ServiceTokenRequest;
import com.hockeyhub.shared.api.user.TokenResponse;
import com.hockeyhub.shared.client.ServiceClients;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.RequestIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The remote end of the client tests, plus a stand-in for user-service's service-token endpoint. */
@RestController
public class ClientTestController {

    public static final String CLIENT_SECRET = "client-test-secret";

    private final ClientTestState state;
    private final ServiceClients clients;
    private volatile ClientTestApi self;

    public ClientTestController(ClientTestState state, ServiceClients clients) {
        this.state = state;
        this.clients = clients;
    }

    @GetMapping("/api/client-test/echo")
    ClientTestApi.Echo echo(CurrentUser user) {
        return new ClientTestApi.Echo(RequestIds.current().orElse(null), user.id(),
                user.roles().stream().map(Role::claimValue).toList());
    }

    /** Calls {@link #echo} through the typed client from inside this request. */
    @GetMapping("/api/client-test/relay")
    ClientTestApi.Echo relay() {
        if (self == null) {
            self = clients.create(ClientTestApi.class, "self");
        }
        return self.echo();
    }

    @GetMapping("/api/client-test/flaky/{key}")
    ResponseEntity<Object> flakyGet(@PathVariable String key, @RequestParam int failures) {
        return flaky(key, failures);
    }

    @PostMapping("/api/client-test/flaky/{key}")
    ResponseEntity<Object> flakyPost(@PathVariable String key, @RequestParam int failures) {
        return flaky(key, failures);
    }

    @GetMapping("/api/client-test/switch/{key}")
    ResponseEntity<Object> switched(@PathVariable String key) {
        int hits = state.hit(key);
        return state.isDown(key) ? unavailable() : ResponseEntity.ok(new ClientTestApi.Hits(key, hits));
    }

    @GetMapping("/api/client-test/missing/{id}")
    ClientTestApi.Named missing(@PathVariable UUID id) {
        throw new NotFoundException("Thing", id);
    }

    @PostMapping("/api/client-test/rejected")
    ClientTestApi.Named rejected(@RequestBody ClientTestApi.Named named) {
        throw new InvalidRequestException("name", "is not acceptable: " + named.name());
    }

    @PostMapping("/api/client-test/slow")
    ClientTestApi.Named slow(@RequestParam long millis) throws InterruptedException {
        Thread.sleep(millis);
        return new ClientTestApi.Named("slow");
    }

    /** Stand-in for user-service's {@code POST /api/auth/service-token}. */
    @PostMapping("/api/auth/service-token")
    ResponseEntity<TokenResponse> serviceToken(@RequestBody ServiceTokenRequest request) {
        if (!CLIENT_SECRET.equals(request.clientSecret())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        state.issueToken();
        String token = TestTokens.user(UUID.randomUUID()).roles(Role.SERVICE).mint();
        return ResponseEntity.ok(new TokenResponse(token, "Bearer", 900, null, 0));
    }

    private ResponseEntity<Object> flaky(String key, int failures) {
        int hits = state.hit(key);
        return hits <= failures ? unavailable() : ResponseEntity.ok(new ClientTestApi.Hits(key, hits));
    }

    private static ResponseEntity<Object> unavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "down for the test");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
