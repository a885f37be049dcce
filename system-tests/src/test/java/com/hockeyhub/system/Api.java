package com.hockeyhub.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;

/** The suite's REST APIs as the frontend calls them: JSON over HTTP with a demo login's bearer token. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    static final List<String> FINISHED = List.of("COMPLETED", "COMPENSATED", "FAILED");

    private final SystemSuite suite;

    Api(SystemSuite suite) {
        this.suite = suite;
    }

    record Response(int status, String body, String location) {

        <T> T json(String path) {
            return JsonPath.read(body, path);
        }
    }

    /** A demo login's access token (the seed's password). */
    String login(String email) {
        Response r = post("user-service", null, "/api/auth/login",
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, SystemSuite.DEMO_PASSWORD));
        if (r.status() != 200) {
            throw new IllegalStateException("login " + email + " → " + r.status() + " " + r.body());
        }
        return r.json("$.accessToken");
    }

    Response get(String service, String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(suite.url(service) + path)).GET(), token);
    }

    Response post(String service, String token, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(suite.url(service) + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    Response patch(String service, String token, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(suite.url(service) + path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)), token);
    }

    Response put(String service, String token, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(suite.url(service) + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    /** Any method, with a JSON body or none and a fresh Idempotency-Key (as a client retrying safely would). */
    Response call(String service, String method, String token, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.url(service) + path))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method.toUpperCase(java.util.Locale.ROOT), json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private static Response send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(request.build().uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls user-service's saga view until the saga has finished; returns its JSON. */
    Response awaitSaga(String token, UUID sagaId, Duration timeout) {
        return await(() -> get("user-service", token, "/api/sagas/" + sagaId),
                r -> r.status() == 200 && FINISHED.contains(r.<String>json("$.status")), timeout,
                "saga " + sagaId + " to finish");
    }

    /** Both requests sent at the same moment, from two threads; their answers in the order given. */
    static List<Response> race(Supplier<Response> a, Supplier<Response> b) {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> answers = new ArrayList<>();
        for (Supplier<Response> request : List.of(a, b)) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return request.get();
            }));
        }
        go.countDown();
        return answers.stream().map(CompletableFuture::join).toList();
    }

    /** For {@link #await}: true once two reads in a row, a second apart, are equal. */
    static final class Stable implements Predicate<Long> {
        private Long last;

        @Override
        public boolean test(Long value) {
            boolean stable = value.equals(last);
            last = value;
            if (!stable) {
                ServiceProcess.sleep(1_000);
            }
            return stable;
        }
    }

    static <T> T await(Supplier<T> probe, Predicate<T> done, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = probe.get();
                if (done.test(last)) {
                    return last;
                }
            } catch (IllegalStateException e) {
                // a service restarting: try again
            }
            ServiceProcess.sleep(300);
        }
        throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + "; last: " + last);
    }
}
