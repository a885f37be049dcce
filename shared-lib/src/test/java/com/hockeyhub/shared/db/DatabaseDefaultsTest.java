package com.hockeyhub.shared.db;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestInfrastructure;
import com.hockeyhub.shared.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DatabaseDefaultsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private final String admin = TestTokens.user(UUID.randomUUID()).roles(Role.SUPER_ADMIN).bearer();

    @Test
    void everyConnectionCarriesTheDefaultStatementTimeoutNoParallelQueryAndTheServiceName() {
        assertThat(jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("30s");
        assertThat(jdbc.queryForObject("SHOW max_parallel_workers_per_gather", String.class)).isEqualTo("0");
        assertThat(jdbc.queryForObject("SHOW application_name", String.class)).isEqualTo("foundation-test");
    }

    @Test
    void aStatementPastTheTimeoutIsCancelledAndAnswered503() throws Exception {
        mvc.perform(get("/api/test-db/sleep").param("seconds", "5").param("timeoutMs", "200").header("Authorization", admin))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SERVICE_UNAVAILABLE"))
                .andExpect(jsonPath("$.detail").value(containsString("took too long")));
        mvc.perform(get("/api/test-db/sleep").param("seconds", "0").param("timeoutMs", "2000").header("Authorization", admin))
                .andExpect(status().isOk());
    }

    @Test
    void hikariPoolMetricsAreExported() throws Exception {
        assertThat(meters.find("hikaricp.connections.active").gauge()).isNotNull();
        assertThat(meters.find("hikaricp.connections.idle").gauge()).isNotNull();
        assertThat(meters.find("hikaricp.connections.pending").gauge()).isNotNull();
        assertThat(meters.find("hikaricp.connections.max").gauge().value()).isEqualTo(10.0);
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer test-scrape-secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hikaricp_connections_active")))
                .andExpect(content().string(containsString("hikaricp_connections_pending")));
    }

    @Test
    void pgStatementsListsTheTopStatementsOfTheServicesDatabaseForPlatformOperators() throws Exception {
        for (int i = 0; i < 3; i++) {
            jdbc.queryForList("SELECT count(*) FROM cache_test_items WHERE price > ?", i);
        }
        String database = jdbc.queryForObject("SELECT current_database()", String.class);
        mvc.perform(get("/actuator/pgstatements").param("limit", "500").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.database").value(database))
                .andExpect(jsonPath("$.available").value(true))
                .andExpect(jsonPath("$.statements.length()").value(greaterThan(0)))
                .andExpect(jsonPath("$.statements[0].calls").isNumber())
                .andExpect(jsonPath("$.statements[0].totalTimeMs").isNumber())
                .andExpect(jsonPath("$.statements[0].meanTimeMs").isNumber())
                .andExpect(jsonPath("$.statements[?(@.query =~ /.*cache_test_items WHERE price.*/)].calls")
                        .value(org.hamcrest.Matchers.hasItem(3)));
        mvc.perform(get("/actuator/pgstatements").param("limit", "2")
                        .header("Authorization", TestTokens.user(UUID.randomUUID()).roles(Role.SERVICE).bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statements.length()").value(2));
        mvc.perform(get("/actuator/pgstatements").header("Authorization",
                        TestTokens.user(UUID.randomUUID()).organization(UUID.randomUUID()).roles(Role.CLUB_ADMIN).bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/pgstatements")).andExpect(status().isUnauthorized());
    }

    @Test
    void pgStatementsSaysSoWhenTheExtensionIsMissing() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        String name = ("hhtest_" + infra.runId() + "_nopgss").toLowerCase();
        try (Connection c = infra.adminConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        }
        try {
            String url = infra.jdbcUrl(name);
            String user = jdbc.queryForObject("SELECT current_user", String.class);
            PgStatementsEndpoint endpoint = new PgStatementsEndpoint(
                    new DriverManagerDataSource(url, user, "hockeyhub"));
            PgStatementsEndpoint.Report report = endpoint.report(5);
            assertThat(report.available()).isFalse();
            assertThat(report.statements()).isEmpty();
            assertThat(report.message()).contains("not installed in database " + name)
                    .contains("CREATE EXTENSION pg_stat_statements");
        } finally {
            try (Connection c = infra.adminConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
