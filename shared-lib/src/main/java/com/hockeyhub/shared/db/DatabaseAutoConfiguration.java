package com.hockeyhub.shared.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Database monitoring on top of the defaults in {@code hockeyhub-defaults.properties} (Hikari pool and its metrics,
 * server-side statement timeout {@code hockeyhub.db.statement-timeout-ms}, slow-query log
 * {@code hockeyhub.db.slow-query-ms}): the admin-only {@code pgstatements} actuator endpoint.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(DataSource.class)
@ConditionalOnBean(DataSource.class)
public class DatabaseAutoConfiguration {

    /**
     * Wraps the application's DataSource in {@link TenantScopedDataSource} (row-level security, architecture.md
     * "Security model"); {@code hockeyhub.db.row-level-security=false} turns it off.
     */
    @Bean
    static BeanPostProcessor tenantScopedDataSourcePostProcessor(Environment environment) {
        boolean enabled = environment.getProperty("hockeyhub.db.row-level-security", Boolean.class, true);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return enabled && bean instanceof DataSource dataSource && !(bean instanceof TenantScopedDataSource)
                        && "dataSource".equals(beanName) ? new TenantScopedDataSource(dataSource) : bean;
            }
        };
    }

    /** Scheduled jobs ({@code @Scheduled}) serve no user and span clubs: each run states {@code *}. */
    @Bean
    ThreadPoolTaskSchedulerCustomizer scheduledJobsAcrossClubs() {
        return scheduler -> scheduler.setTaskDecorator(AcrossClubs::task);
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer scheduledJobsAcrossClubsOnVirtualThreads() {
        return scheduler -> scheduler.setTaskDecorator(AcrossClubs::task);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Requests {

        @Bean
        FilterRegistrationBean<RequestsStateTheirClub> requestsStateTheirClub() {
            FilterRegistrationBean<RequestsStateTheirClub> registration =
                    new FilterRegistrationBean<>(new RequestsStateTheirClub());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Bean
    PgStatementsEndpoint pgStatementsEndpoint(DataSource dataSource) {
        return new PgStatementsEndpoint(dataSource);
    }
}
