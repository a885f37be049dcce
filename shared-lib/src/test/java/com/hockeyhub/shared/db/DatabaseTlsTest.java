package com.hockeyhub.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import com.hockeyhub.shared.test.HockeyHubTestContextCustomizerFactory;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code DB_SSL_MODE=verify-full} with {@code DB_SSL_ROOT_CERT} (shared-lib's defaults) against a PostgreSQL that
 * accepts TLS only, with a certificate of the test's own making: a service starts, migrates and queries over TLS
 * 1.3; a server whose certificate another authority signed, or that does not carry the name the service dialled,
 * is refused before a byte of SQL is sent; and a client that does not encrypt is turned away by the server.
 */
class DatabaseTlsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class ServiceOverTls {
    }

    private static TlsPostgres postgres;
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        postgres = TlsPostgres.start();
        Map<String, Object> properties = new LinkedHashMap<>(HockeyHubTestContextCustomizerFactory.testProperties());
        properties.put("spring.datasource.url", postgres.jdbcUrl("127.0.0.1"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("DB_SSL_MODE", "verify-full");
        properties.put("DB_SSL_ROOT_CERT", postgres.certificates().ca().toString());
        properties.put("server.port", "0");
        properties.put("spring.application.name", "tls-test");
        properties.put("hockeyhub.cache.warm", "");
        List<String> args = new ArrayList<>();
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        service = new SpringApplicationBuilder(ServiceOverTls.class).run(args.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aServiceWithVerifyFullMigratesAndQueriesOverTls() throws SQLException {
        HikariDataSource pool = service.getBean(DataSource.class).unwrap(HikariDataSource.class);
        assertThat(pool.getDataSourceProperties()).containsEntry("sslmode", "verify-full")
                .containsEntry("sslrootcert", postgres.certificates().ca().toString());

        JdbcTemplate jdbc = new JdbcTemplate(service.getBean(DataSource.class));
        Map<String, Object> ssl = jdbc.queryForMap("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        assertThat(ssl).containsEntry("ssl", true);
        assertThat((String) ssl.get("version")).startsWith("TLSv1.");
        // Flyway ran over the same connection settings
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Long.class))
                .isPositive();
    }

    @Test
    void aServerCertificateFromAnotherAuthorityIsRefused() {
        assertThatThrownBy(() -> connect(postgres.jdbcUrl("127.0.0.1"), "verify-full",
                postgres.certificates().forgedCa().toString()))
                .isInstanceOf(SQLException.class)
                .hasStackTraceContaining("PKIX");
    }

    @Test
    void aServerCertificateForAnotherNameIsRefusedByVerifyFullButNotByVerifyCa() throws SQLException {
        // the certificate names 127.0.0.1 only; "localhost" is not in it
        assertThatThrownBy(() -> connect(postgres.jdbcUrl("localhost"), "verify-full",
                postgres.certificates().ca().toString()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("localhost");
        assertThat(connect(postgres.jdbcUrl("localhost"), "verify-ca", postgres.certificates().ca().toString()))
                .isTrue();
    }

    @Test
    void aClientThatDoesNotEncryptIsTurnedAway() {
        assertThatThrownBy(() -> connect(postgres.jdbcUrl("127.0.0.1"), "disable", ""))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no encryption");
    }

    /** Connects with the driver properties shared-lib's defaults set; answers whether the session is encrypted. */
    private static boolean connect(String url, String sslMode, String rootCert) throws SQLException {
        Environment env = service.getEnvironment();
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("sslmode", sslMode);
        props.setProperty("sslrootcert", rootCert);
        props.setProperty("options", env.getProperty("spring.datasource.hikari.data-source-properties.options"));
        props.setProperty("connectTimeout", "10");
        try (Connection c = DriverManager.getConnection(url, props); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
