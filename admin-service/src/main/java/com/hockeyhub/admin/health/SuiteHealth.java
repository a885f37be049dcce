package com.hockeyhub.admin.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import com.hockeyhub.admin.AdminProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The health of every service of the suite, asked in parallel from their public {@code /actuator/health} and
 * scored: UP 100, DEGRADED (e.g. Redis down, served from the database) 60, OUT_OF_SERVICE 20, DOWN or no answer
 * within the timeout 0. The suite's score is the average. One answer is reused for {@code health-cache}.
 */
@Component
public class SuiteHealth {

    public record ServiceHealth(String name, String url, String status, int score, long millis,
                                Map<String, String> components, String error) {
    }

    public record Status(String status, int score, Instant checkedAt, List<ServiceHealth> services) {
    }

    private record Cached(Status status, Instant until) {
    }

    private final AdminProperties properties;
    private final HttpClient http;
    private final Clock clock;
    private final AtomicReference<Cached> last = new AtomicReference<>();

    SuiteHealth(AdminProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.healthTimeout()).build();
        this.clock = Clock.systemUTC();
    }

    public Status status() {
        Cached cached = last.get();
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.until())) {
            return cached.status();
        }
        Status fresh = check();
        last.set(new Cached(fresh, now.plus(properties.healthCache())));
        return fresh;
    }

    private Status check() {
        List<CompletableFuture<ServiceHealth>> calls = new ArrayList<>();
        properties.services().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(service -> calls.add(ask(service.getKey(), service.getValue())));
        List<ServiceHealth> services = calls.stream().map(CompletableFuture::join).toList();
        int score = services.isEmpty() ? 0
                : (int) Math.round(services.stream().mapToInt(ServiceHealth::score).average().orElse(0));
        String status = services.stream().allMatch(s -> s.score() == 100) ? "UP"
                : services.stream().anyMatch(s -> s.score() == 0) ? "DOWN" : "DEGRADED";
        return new Status(status, score, clock.instant(), services);
    }

    private CompletableFuture<ServiceHealth> ask(String name, String baseUrl) {
        String url = baseUrl.replaceAll("/+$", "") + "/actuator/health";
        long started = System.nanoTime();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.healthTimeout()).GET().build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(
                    new ServiceHealth(name, url, "DOWN", 0, 0, Map.of(), "bad URL: " + e.getMessage()));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> parse(name, url, response.body(), elapsed(started)))
                .exceptionally(error -> new ServiceHealth(name, url, "DOWN", 0, elapsed(started), Map.of(),
                        rootMessage(error)));
    }

    static ServiceHealth parse(String name, String url, String body, long millis) {
        try {
            JsonNode health = JsonMapper.shared().readTree(body);
            String status = health.path("status").asString("UNKNOWN");
            Map<String, String> components = new java.util.TreeMap<>();
            health.path("components").properties()
                    .forEach(c -> components.put(c.getKey(), c.getValue().path("status").asString("UNKNOWN")));
            return new ServiceHealth(name, url, status, score(status), millis, components, null);
        } catch (RuntimeException e) {
            return new ServiceHealth(name, url, "DOWN", 0, millis, Map.of(), "unreadable health answer");
        }
    }

    static int score(String status) {
        return switch (status) {
            case "UP" -> 100;
            case "DEGRADED" -> 60;
            case "OUT_OF_SERVICE" -> 20;
            default -> 0;
        };
    }

    private static long elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
