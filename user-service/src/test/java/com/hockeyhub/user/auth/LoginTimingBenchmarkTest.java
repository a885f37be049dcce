package com.hockeyhub.user.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.user.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Whether login and forgot-password answer in a time that tells a registered address from an unknown one (account
 * enumeration by timing). Through the whole HTTP stack (MockMvc, every filter), interleaved in a random order per
 * round so drift and noise hit every kind alike: login with a known address and a wrong password, an unknown address,
 * a known address and the right password; forgot-password for a known and an unknown address. Prints median, p90, the
 * ratio of medians and a Mann-Whitney U test (normal approximation) per pair. Excluded from the default run:
 * {@code ./mvnw -B -o -q -pl shared-lib,user-service verify -Dtest=LoginTimingBenchmarkTest
 * -Dhockeyhub.bench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false [-Dhockeyhub.bench.rounds=N]}.
 */
@Tag("bench")
@IntegrationTest
class LoginTimingBenchmarkTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    interface Call {
        int run(int round) throws Exception;
    }

    @Test
    void knownAndUnknownAddressesTakeTheSameTime() throws Exception {
        int rounds = Integer.getInteger("hockeyhub.bench.rounds", 40);
        int warmup = 5;
        Fixtures fixtures = new Fixtures(context);
        Organization club = fixtures.club();
        // one account per round: a wrong and a right password per account stay below the lockout
        List<User> users = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            users.add(fixtures.user(club, Role.PLAYER));
        }
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("login known, wrong password", r -> login(users.get(r).getEmail(), "Wrong-Password-1"));
        calls.put("login unknown address", r -> login(Fixtures.unique("nobody") + "@test.hockeyhub.dev",
                "Wrong-Password-1"));
        calls.put("login known, right password", r -> login(users.get(r).getEmail(), Fixtures.PASSWORD));
        calls.put("forgot-password known", r -> forgot(users.get(r).getEmail()));
        calls.put("forgot-password unknown", r -> forgot(Fixtures.unique("nobody") + "@test.hockeyhub.dev"));
        Map<String, long[]> micros = new LinkedHashMap<>();
        calls.keySet().forEach(name -> micros.put(name, new long[rounds]));
        Random random = new Random(20261204L);
        for (int round = 0; round < warmup + rounds; round++) {
            List<String> order = new ArrayList<>(calls.keySet());
            Collections.shuffle(order, random);
            // the right password clears the account's failures: keep it after the wrong one
            if (order.indexOf("login known, right password") < order.indexOf("login known, wrong password")) {
                Collections.swap(order, order.indexOf("login known, right password"),
                        order.indexOf("login known, wrong password"));
            }
            for (String name : order) {
                long start = System.nanoTime();
                int status = calls.get(name).run(round);
                long elapsed = (System.nanoTime() - start) / 1000;
                assertThat(status).as(name).isEqualTo(name.startsWith("forgot") ? 202
                        : name.contains("right") ? 200 : 401);
                if (round >= warmup) {
                    micros.get(name)[round - warmup] = elapsed;
                }
            }
        }
        for (Map.Entry<String, long[]> kind : micros.entrySet()) {
            long[] sorted = kind.getValue().clone();
            Arrays.sort(sorted);
            System.out.printf("LOGIN TIMING | %-28s | median %7.2f ms | p90 %7.2f ms | n=%d%n", kind.getKey(),
                    sorted[rounds / 2] / 1000.0, sorted[(int) Math.ceil(rounds * 0.9) - 1] / 1000.0, rounds);
        }
        compare(micros, "login known, wrong password", "login unknown address");
        compare(micros, "login known, right password", "login unknown address");
        compare(micros, "forgot-password known", "forgot-password unknown");
    }

    private int login(String email, String password) throws Exception {
        return mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)))
                .andReturn().getResponse().getStatus();
    }

    private int forgot(String email) throws Exception {
        return mvc.perform(post("/api/auth/forgot-password").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"%s\"}".formatted(email))).andReturn().getResponse().getStatus();
    }

    /** Ratio of medians and a two-sided Mann-Whitney U test (normal approximation, no tie correction). */
    private static void compare(Map<String, long[]> micros, String a, String b) {
        long[] x = micros.get(a);
        long[] y = micros.get(b);
        double u = 0;
        for (long xi : x) {
            for (long yi : y) {
                u += xi > yi ? 1 : xi == yi ? 0.5 : 0;
            }
        }
        double n1 = x.length;
        double n2 = y.length;
        double z = (u - n1 * n2 / 2) / Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
        System.out.printf("LOGIN TIMING | %s vs %s | ratio of medians %.3f | P(%s slower) %.2f | z %.2f%s%n", a, b,
                (double) median(x) / median(y), a, u / (n1 * n2), z,
                Math.abs(z) > 2.58 ? " | systematic (p < 0.01)" : " | no systematic difference at p < 0.01");
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
