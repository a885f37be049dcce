package com.hockeyhub.shared.security;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.UUID;
import java.util.regex.Pattern;

import com.hockeyhub.shared.test.TestTokens;
import com.hockeyhub.shared.web.RequestIds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CPU per call of the per-request checks that profiling found on the hot path (docs/performance.md, "cache"), the
 * framework default against ours, single-threaded thread CPU time. Excluded from the default run (tag bench).
 */
@Tag("bench")
class HotPathCostBenchmarkTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Pattern FIREWALL_DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    interface Op {
        Object run();
    }

    private static double measure(String name, int count, Op op) {
        Object sink = null;
        for (int i = 0; i < count; i++) {
            sink = op.run();
        }
        long cpu = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            sink = op.run();
        }
        double micros = (CPU.getCurrentThreadCpuTime() - cpu) / 1000.0 / count;
        System.out.printf("HOT PATH BENCHMARK | %s | %.2f µs CPU/op | n=%d | %s%n", name, micros, count,
                sink == null ? "-" : "ok");
        return micros;
    }

    @Test
    void frameworkDefaultsAgainstTheReplacements() {
        String header = "Bearer " + TestTokens.user(UUID.randomUUID()).roles(Role.COACH, Role.PLAYER).mint();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/users/1");
        request.addHeader("Authorization", header);
        BearerTokenResolver spring = new DefaultBearerTokenResolver();
        BearerTokenResolver ours = new AuthorizationHeaderTokenResolver();

        assertThat(ours.resolve(request)).isEqualTo(spring.resolve(request));
        assertThat(SafeCharacters.INSTANCE.test(header)).isEqualTo(FIREWALL_DEFAULT.matcher(header).matches());
        measure("firewall header check, regex (" + header.length() + " chars)", 200_000,
                () -> FIREWALL_DEFAULT.matcher(header).matches());
        measure("firewall header check, SafeCharacters", 200_000,
                () -> SafeCharacters.INSTANCE.test(header));
        measure("bearer token resolve, DefaultBearerTokenResolver", 200_000, () -> spring.resolve(request));
        measure("bearer token resolve, AuthorizationHeaderTokenResolver", 200_000, () -> ours.resolve(request));
        measure("request id, UUID.randomUUID (SecureRandom)", 200_000, () -> UUID.randomUUID().toString());
        measure("request id, RequestIds.newId (ThreadLocalRandom)", 200_000, RequestIds::newId);
    }
}
