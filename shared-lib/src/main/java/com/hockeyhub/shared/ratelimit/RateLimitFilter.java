package com.hockeyhub.shared.ratelimit;

import java.io.IOException;
import java.util.List;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies {@link RateLimitProperties}' policies after authentication: the authentication endpoints per client
 * address, other writes per user. Over the limit → 429 problem detail with {@code Retry-After} (seconds); within it
 * the response carries {@code RateLimit-Remaining}.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "RateLimit-Remaining";
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

    private final RedisRateLimiter limiter;
    private final RateLimitProperties properties;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final AntPathMatcher paths = new AntPathMatcher();

    public RateLimitFilter(RedisRateLimiter limiter, RateLimitProperties properties, JsonMapper json,
            MeterRegistry meters) {
        this.limiter = limiter;
        this.properties = properties;
        this.json = json;
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String policy;
        RateLimitProperties.Policy limits;
        String client;
        if (matches(properties.getAuth(), path)) {
            policy = "auth";
            limits = properties.getAuth();
            client = "ip:" + request.getRemoteAddr();
        } else if (WRITES.contains(request.getMethod()) && matches(properties.getWrites(), path)) {
            policy = "writes";
            limits = properties.getWrites();
            client = CurrentUser.current().map(user -> "user:" + user.id())
                    .orElse("ip:" + request.getRemoteAddr());
        } else {
            chain.doFilter(request, response);
            return;
        }
        RedisRateLimiter.Decision decision = limiter.take(policy, client, limits);
        if (!decision.allowed()) {
            reject(request, response, policy, decision);
            return;
        }
        if (decision.remaining() >= 0) {
            response.setHeader(REMAINING, Long.toString(decision.remaining()));
        }
        chain.doFilter(request, response);
    }

    private boolean matches(RateLimitProperties.Policy policy, String path) {
        for (String pattern : policy.getPaths()) {
            if (paths.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, String policy,
            RedisRateLimiter.Decision decision) throws IOException {
        Counter.builder("ratelimit.rejected").tag("policy", policy).register(meters).increment();
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        ProblemDetail problem = Problems.of(ErrorCode.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests; try again in " + seconds + " s", request);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(REMAINING, "0");
        Problems.write(response, problem, json);
    }
}
