package com.hockeyhub.shared.testapp.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.shared.client.RemoteNotFoundException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** A typed client of {@link ClientTestController}, built by ServiceClients like any service client. */
@HttpExchange("/api/client-test")
public interface ClientTestApi {

    record Echo(String requestId, UUID userId, List<String> roles) {
    }

    record Hits(String key, int hits) {
    }

    record Named(String name) {
    }

    @GetExchange("/echo")
    Echo echo();

    @GetExchange("/flaky/{key}")
    Hits flakyGet(@PathVariable String key, @RequestParam int failures);

    @PostExchange("/flaky/{key}")
    Hits flakyPost(@PathVariable String key, @RequestParam int failures);

    @PostExchange("/flaky/{key}")
    Hits flakyPost(@PathVariable String key, @RequestParam int failures,
            @RequestHeader("Idempotency-Key") String idempotencyKey);

    @GetExchange("/switch/{key}")
    Hits switched(@PathVariable String key);

    @GetExchange("/missing/{id}")
    Named missing(@PathVariable UUID id);

    default Optional<Named> findMissing(UUID id) {
        try {
            return Optional.of(missing(id));
        } catch (RemoteNotFoundException e) {
            return Optional.empty();
        }
    }

    @PostExchange("/rejected")
    Named rejected(@RequestBody Named named);

    @PostExchange("/slow")
    Named slow(@RequestParam long millis);
}
