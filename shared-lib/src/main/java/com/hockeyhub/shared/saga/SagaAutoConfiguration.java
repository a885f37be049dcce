package com.hockeyhub.shared.saga;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saga engine of every service: {@link SagaEngine} (with every {@link SagaDefinition} and {@link SagaListener}
 * bean registered), the recovery job, retention, Micrometer meters and {@code GET /api/sagas}. Tables come from
 * {@code db/shared/R__hockeyhub_saga.sql}; the entities are added to the service's entity scan.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class, EntityManagerFactory.class})
@ConditionalOnProperty(prefix = "hockeyhub.saga", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(SagaProperties.class)
@Import(SagaAutoConfiguration.EntityPackage.class)
public class SagaAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SagaStore sagaStore(JdbcTemplate jdbc) {
        return new SagaStore(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    SagaRegistry sagaRegistry(ObjectProvider<SagaDefinition<?>> definitions) {
        return new SagaRegistry(definitions.orderedStream().toList());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    SagaEngine sagaEngine(SagaStore store, SagaRegistry registry, PlatformTransactionManager transactionManager,
            JsonMapper json, ObjectProvider<Clock> clock, SagaProperties properties,
            ObjectProvider<SagaListener> listeners) {
        List<SagaListener> all = listeners.orderedStream().toList();
        return new SagaEngine(store, registry, transactionManager, json, clock.getIfAvailable(Clock::systemUTC),
                SagaSleeper.THREAD_SLEEP, properties, all);
    }

    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    SagaMetricsListener sagaMetricsListener(MeterRegistry registry) {
        return new SagaMetricsListener(registry);
    }

    @Bean
    @ConditionalOnProperty(prefix = "hockeyhub.saga.recovery", name = "enabled", matchIfMissing = true)
    PeriodicJob sagaRecoveryJob(SagaEngine engine, SagaProperties properties) {
        return new PeriodicJob("saga-recovery", properties.getRecovery().getInitialDelay(),
                properties.getRecovery().getInterval(), engine::recoverDue);
    }

    @Bean
    @ConditionalOnMissingBean
    SagaRetention sagaRetention(SagaStore store, SagaProperties properties, ObjectProvider<Clock> clock) {
        return new SagaRetention(store, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnProperty(prefix = "hockeyhub.saga.retention", name = "enabled", matchIfMissing = true)
    PeriodicJob sagaRetentionJob(SagaRetention retention, SagaProperties properties) {
        return new PeriodicJob("saga-retention", properties.getRetention().getInterval(),
                properties.getRetention().getInterval(), retention::purge);
    }

    @Bean
    @ConditionalOnMissingBean
    SagaQueries sagaQueries(EntityManagerFactory entityManagerFactory) {
        return new SagaQueries(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class SagaWebConfiguration {

        @Bean
        @ConditionalOnMissingBean
        SagaController sagaController(SagaQueries queries, SagaEngine engine, JsonMapper json) {
            return new SagaController(queries, engine, json);
        }
    }

    /** Adds the saga entities to the service's entity scan (never {@code @EntityScan}, which would replace it). */
    static class EntityPackage implements ImportBeanDefinitionRegistrar {

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            AutoConfigurationPackages.register(registry, SagaInstance.class.getPackageName());
        }
    }
}
