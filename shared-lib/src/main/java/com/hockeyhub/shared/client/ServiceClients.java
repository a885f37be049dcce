package com.hockeyhub.shared.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the typed clients of other services: an {@code @HttpExchange} interface on a {@link RestClient} with the
 * target's base URL ({@code hockeyhub.clients.<target>.url}) and timeouts, the {@link ResilientCallInterceptor}
 * (request id, token, circuit breaker, idempotent retries) and errors mapped to {@link RemoteServiceException}s.
 * One circuit breaker per target, shared by all its clients.
 */
public class ServiceClients {

    private static final Logger log = LoggerFactory.getLogger(ServiceClients.class);

    private final ClientProperties properties;
    private final Environment environment;
    private final RestClient.Builder builder;
    private final ServiceTokenProvider serviceTokens;
    private final JsonMapper json;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    public ServiceClients(ClientProperties properties, Environment environment, RestClient.Builder builder,
            ServiceTokenProvider serviceTokens, JsonMapper json) {
        this.properties = properties;
        this.environment = environment;
        this.builder = builder;
        this.serviceTokens = serviceTokens;
        this.json = json;
    }

    /** A client of {@code target} at its configured URL. */
    public <T> T create(Class<T> api, String target) {
        return create(api, target, resolveUrl(environment, properties, target));
    }

    /** A client of {@code target} at an explicit base URL (the target's other settings still apply). */
    public <T> T create(Class<T> api, String target, String baseUrl) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient(target, baseUrl))).build()
                .createClient(api);
    }

    /** The configured {@link RestClient} of {@code target}, for calls an interface cannot express. */
    public RestClient restClient(String target, String baseUrl) {
        ClientProperties.Target settings = properties.target(target);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.getConnectTimeout())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.getReadTimeout());
        return builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .requestInterceptor(new ResilientCallInterceptor(target, settings, breaker(target), serviceTokens))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw error(target, response);
                })
                .build();
    }

    /** The circuit breaker of {@code target}. */
    public CircuitBreaker breaker(String target) {
        return breakers.computeIfAbsent(target, name -> {
            ClientProperties.Breaker settings = properties.target(name).getBreaker();
            CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                    .failureRateThreshold(settings.getFailureRateThreshold())
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(settings.getSlidingWindowSize())
                    .minimumNumberOfCalls(settings.getMinimumNumberOfCalls())
                    .waitDurationInOpenState(settings.getWaitInOpenState())
                    .permittedNumberOfCallsInHalfOpenState(settings.getPermittedCallsInHalfOpenState())
                    .build());
            breaker.getEventPublisher().onStateTransition(event ->
                    log.warn("Circuit breaker of {}: {}", name, event.getStateTransition()));
            return breaker;
        });
    }

    static String resolveUrl(Environment environment, ClientProperties properties, String target) {
        String url = properties.target(target).getUrl();
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No URL for service " + target + ": set hockeyhub.clients." + target
                    + ".url");
        }
        // placeholders such as ${local.server.port} may only resolve once the application runs
        return environment.resolveRequiredPlaceholders(url);
    }

    private RemoteServiceException error(String target, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        ProblemDetail problem = problem(status, response);
        if (status == 404) {
            return new RemoteNotFoundException(target, problem);
        }
        if (status >= 500) {
            return new RemoteServiceUnavailableException(target, status, problem);
        }
        return new RemoteClientErrorException(target, status, problem);
    }

    private ProblemDetail problem(int status, ClientHttpResponse response) {
        try {
            byte[] body = response.getBody().readAllBytes();
            if (body.length == 0) {
                return null;
            }
            JsonNode node = json.readTree(body);
            if (!node.isObject()) {
                return null;
            }
            ProblemDetail problem = ProblemDetail.forStatus(status);
            node.properties().forEach(entry -> {
                JsonNode value = entry.getValue();
                switch (entry.getKey()) {
                    case "title" -> problem.setTitle(value.asString());
                    case "detail" -> problem.setDetail(value.asString());
                    case "type" -> problem.setType(URI.create(value.asString()));
                    case "instance" -> problem.setInstance(URI.create(value.asString()));
                    case "status" -> { }
                    default -> problem.setProperty(entry.getKey(), value.isValueNode()
                            ? json.convertValue(value, Object.class) : value);
                }
            });
            return problem;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
