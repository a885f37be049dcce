package com.hockeyhub.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import net.minidev.json.JSONValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz run generated from every running service's {@code /v3/api-docs}: each operation gets malformed JSON, wrong
 * types, boundary numbers, over-long strings, odd Unicode, invalid UUIDs and dates, huge pages — as a club admin and
 * as the super admin. No answer may be a 5xx, and every error must be {@code application/problem+json}.
 * Deterministic (fixed seed); {@code -Dhockeyhub.fuzz.rounds=N} runs N rounds of random variants on top.
 * Session-ending endpoints (logout, sign-out-everywhere, password change) are left out, so the run keeps its tokens.
 */
@Order(4)
class OpenApiFuzzSystemTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    // session-ending calls would end the run's own tokens; /api/stream is a server-sent event stream held open
    private static final List<String> SPARED = List.of("/api/auth/logout", "sign-out", "/password", "/api/auth/refresh",
            "/api/stream");
    private static final String LONG = "x".repeat(5_000);
    private static final List<String> ODD_STRINGS = List.of("", " ", LONG, "\u202e\u0000\ud83d\ude00\u0301",
            "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\\u0000");
    private static final List<Object> ODD_NUMBERS = List.of(-1, 0, 2147483648L, -9223372036854775808L, 1e308,
            "NaN", "12abc");
    private static final List<String> ODD_PATH_VALUES = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "-1", "99999999999999999999", "%E2%80%AE", "2026-02-30");
    private static final List<String> ODD_QUERY_VALUES = List.of("-1", "2147483648", "abc", "", "1e309",
            "2026-13-45", "' OR 1=1 --", "x".repeat(1_000), "\u202e\ud83d\ude00", "not-a-uuid");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private static SystemSuite suite;
    private static Api api;
    private static Map<String, String> tokens;

    private final Random random = new Random(Long.getLong("hockeyhub.fuzz.seed", 20261204L));
    private final List<String> findings = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int requests;
    private int operations;

    @BeforeAll
    static void suite() {
        suite = SystemSuite.get();
        api = new Api(suite);
        tokens = new LinkedHashMap<>();
        tokens.put("club admin", api.login("admin@hockeyhub.demo"));
        tokens.put("super admin", api.login("superadmin@hockeyhub.demo"));
    }

    @Test
    void noServiceAnswersMalformedInputWithA5xxOrWithoutAProblemDetail() {
        int rounds = Integer.getInteger("hockeyhub.fuzz.rounds", 1);
        for (OpenApiOperation op : OpenApiOperation.all(api, METHODS)) {
            if (SPARED.stream().anyMatch(op.path()::contains)) {
                continue;
            }
            operations++;
            for (int round = 0; round < rounds; round++) {
                fuzz(op);
            }
        }
        System.out.printf("[fuzz] %d services, %d operations, %d requests; statuses %s; findings %d%n",
                SystemSuite.SERVICES.size(), operations, requests, statuses, findings.size());
        assertThat(operations).as("operations found in the OpenAPI documents").isGreaterThan(100);
        assertThat(findings).as("5xx answers and errors that are not problem details").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void fuzz(OpenApiOperation op) {
        String service = op.service();
        String method = op.method();
        String template = op.path();
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.spec().getOrDefault("parameters",
                List.of());
        boolean hasBody = op.hasBody();
        List<String> bodies = hasBody ? bodies(OpenApiSchemas.resolve(op.bodySchema(), op.schemas()), op.schemas())
                : List.of("");
        // a random id (absent), then each odd value for the path; query parameters odd throughout
        List<String> pathValues = new ArrayList<>(List.of(UUID.randomUUID().toString()));
        pathValues.add(pick(ODD_PATH_VALUES));
        for (String pathValue : pathValues) {
            for (String body : bodies) {
                String url = template.replaceAll("\\{[^}]+}", pathValue) + query(parameters);
                for (String token : tokens.values()) {
                    send(service, method, url, body, hasBody, token);
                }
            }
        }
    }

    private String query(List<Map<String, Object>> parameters) {
        StringBuilder query = new StringBuilder();
        for (Map<String, Object> parameter : parameters) {
            if ("query".equals(parameter.get("in"))) {
                query.append(query.isEmpty() ? '?' : '&').append(parameter.get("name")).append('=')
                        .append(URLEncoder.encode(pick(ODD_QUERY_VALUES), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** Malformed JSON, wrong shapes, and the declared object with each property odd in its own way. */
    @SuppressWarnings("unchecked")
    private List<String> bodies(Map<String, Object> schema, Map<String, Object> schemas) {
        List<String> bodies = new ArrayList<>(List.of("{", "[]", "null", "\"text\"", "{}", "{\"a\":" + "[".repeat(
                2_000) + "]".repeat(2_000) + "}"));
        Map<String, Object> properties = schema == null ? Map.of()
                : (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        if (!properties.isEmpty()) {
            for (int variant = 0; variant < 3; variant++) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (Map.Entry<String, Object> property : properties.entrySet()) {
                    object.put(property.getKey(),
                            odd(OpenApiSchemas.resolve(property.getValue(), schemas), variant));
                }
                bodies.add(JSONValue.toJSONString(object));
            }
        }
        return bodies;
    }

    /** A value of the wrong type, out of range or over-long for the property's schema. */
    private Object odd(Map<String, Object> schema, int variant) {
        String type = String.valueOf(schema.getOrDefault("type", "object"));
        String format = String.valueOf(schema.getOrDefault("format", ""));
        return switch (variant) {
            case 0 -> switch (type) { // wrong type
                case "string" -> format.isEmpty() ? pick(ODD_NUMBERS) : "not-a-" + format;
                case "integer", "number" -> "NaN";
                case "boolean" -> "yes";
                case "array" -> Map.of("not", "a list");
                default -> List.of(1, 2);
            };
            case 1 -> switch (type) { // boundaries and odd text
                case "string" -> pick(ODD_STRINGS);
                case "integer", "number" -> pick(ODD_NUMBERS);
                case "array" -> java.util.Collections.nCopies(100, pick(ODD_STRINGS)); // under the 1 MB body limit
                default -> null;
            };
            default -> switch (type) { // plausible but invalid
                case "string" -> switch (format) {
                    case "uuid" -> "00000000-0000-0000-0000-00000000000g";
                    case "date" -> "2026-02-30";
                    case "date-time" -> "2026-12-04T25:61:00Z";
                    case "email" -> "not an address";
                    default -> LONG;
                };
                case "integer", "number" -> -1;
                default -> null;
            };
        };
    }

    private void send(String service, String method, String pathAndQuery, String body, boolean hasBody,
            String token) {
        String url = suite.url(service) + pathAndQuery;
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        } catch (IllegalArgumentException e) {
            return; // not a URL a client can send
        }
        request.header("Authorization", "Bearer " + token).header("Idempotency-Key", "fuzz-" + UUID.randomUUID());
        HttpRequest.BodyPublisher publisher = hasBody ? HttpRequest.BodyPublishers.ofString(body)
                : HttpRequest.BodyPublishers.noBody();
        if (hasBody) {
            request.header("Content-Type", "application/json");
        }
        request.method(method.toUpperCase(), publisher);
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            findings.add(method.toUpperCase() + " " + service + pathAndQuery + " → no answer: " + e);
            return;
        }
        requests++;
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean problem = type.startsWith("application/problem+json");
        if (status >= 500 || (status >= 400 && !response.body().isEmpty() && !problem)) {
            findings.add("%s %s%s [%s] → %d %s %s".formatted(method.toUpperCase(), service,
                    abbreviate(pathAndQuery), abbreviate(body), status, type, abbreviate(response.body())));
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + ")";
    }
}
