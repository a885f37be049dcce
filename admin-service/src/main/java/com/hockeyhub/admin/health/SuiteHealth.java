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
 * The health of every service of the suite, asked in parallel from their public {@code /actuator/health} and scored
 * by {@link HealthScore} (status, response time, and the error rate of the recent stored rounds); the suite's score is
 * the average, its status healthy / degraded / unhealthy. The live answer is reused for {@code health-cache};
 * {@link HealthPoller} stores a round every {@code health-interval}.
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
    private final HealthSnapshots snapshots;
    private final HttpClient http;
    private final Clock clock;
    private final AtomicReference<Cached> last = new AtomicReference<>();

    SuiteHealth(AdminProperties properties, HealthSnapshots snapshots) {
        this.properties = properties;
        this.snapshots = snapshots;
        this.http = HttpClient.newBuilder().connectTimeout(properties.healthTimeout()).build();
        this.clock = Clock.systemUTC();
    }

    public Status status() {
        Cached cached = last.get();
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.until())) {
            return cached.status();
        }
        List<ServiceHealth> services = poll(properties.services(),
                snapshots.errorRates(properties.services().keySet(), ERROR_RATE_ROUNDS));
        Status fresh = summarize(services, clock.instant());
        last.set(new Cached(fresh, now.plus(properties.healthCache())));
        return fresh;
    }

    /** How many recent stored rounds the error rate is taken over. */
    static final int ERROR_RATE_ROUNDS = 20;

    static Status summarize(List<ServiceHealth> services, Instant at) {
        int score = services.isEmpty() ? 0
                : (int) Math.round(services.stream().mapToInt(ServiceHealth::score).average().orElse(0));
        return new Status(HealthScore.systemStatus(score), score, at, services);
    }

    /** Asks every target (name → base URL) now, in parallel, scoring each with its recent error rate. */
    List<ServiceHealth> poll(Map<String, String> targets, Map<String, Double> errorRates) {
        List<CompletableFuture<ServiceHealth>> calls = new ArrayList<>();
        targets.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(service -> calls.add(ask(service.getKey(), service.getValue(),
                        errorRates.getOrDefault(service.getKey(), 0.0))));
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<ServiceHealth> ask(String name, String baseUrl, double errorRate) {
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
                .thenApply(response -> parse(name, url, response.body(), elapsed(started), properties.healthSlow(),
                        errorRate))
                .exceptionally(error -> new ServiceHealth(name, url, "DOWN", 0, elapsed(started), Map.of(),
                        rootMessage(error)));
    }

    static ServiceHealth parse(String name, String url, String body, long millis, Duration slow, double errorRate) {
        try {
            JsonNode health = JsonMapper.shared().readTree(body);
            String status = health.path("status").asString("UNKNOWN");
            Map<String, String> components = new java.util.TreeMap<>();
            health.path("components").properties()
                    .forEach(c -> components.put(c.getKey(), c.getValue().path("status").asString("UNKNOWN")));
            return new ServiceHealth(name, url, status, HealthScore.score(status, millis, slow, errorRate), millis,
                    components, null);
        } catch (RuntimeException e) {
            return new ServiceHealth(name, url, "DOWN", 0, millis, Map.of(), "unreadable health answer");
        }
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
