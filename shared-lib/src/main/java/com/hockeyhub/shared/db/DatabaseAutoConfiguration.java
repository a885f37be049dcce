package com.hockeyhub.shared.db;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Database monitoring on top of the defaults in {@code hockeyhub-defaults.properties} (Hikari pool and its metrics,
 * server-side statement timeout {@code hockeyhub.db.statement-timeout-ms}, slow-query log
 * {@code hockeyhub.db.slow-query-ms}): the admin-only {@code pgstatements} actuator endpoint.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(DataSource.class)
@ConditionalOnBean(DataSource.class)
public class DatabaseAutoConfiguration {

    @Bean
    PgStatementsEndpoint pgStatementsEndpoint(DataSource dataSource) {
        return new PgStatementsEndpoint(dataSource);
    }
}
