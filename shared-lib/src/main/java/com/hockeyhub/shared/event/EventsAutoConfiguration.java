package com.hockeyhub.shared.event;

import com.hockeyhub.shared.event.inbox.EventConsumers;
import com.hockeyhub.shared.event.inbox.EventHandlerRegistry;
import com.hockeyhub.shared.event.nats.JetStreamSetup;
import com.hockeyhub.shared.event.nats.NatsConnectionEvents;
import com.hockeyhub.shared.event.nats.NatsConnector;
import com.hockeyhub.shared.event.nats.NatsHealthIndicator;
import com.hockeyhub.shared.event.nats.NatsProperties;
import com.hockeyhub.shared.event.nats.NatsQueryBus;
import com.hockeyhub.shared.event.outbox.OutboxEventPublisher;
import com.hockeyhub.shared.event.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.nats.client.Connection;
import io.nats.client.Options;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event layer of every service: NATS connection (reconnecting forever), JetStream streams, the transactional
 * outbox ({@link EventPublisher}) and its relay, {@link EventHandler} consumers with their inbox, request-reply
 * ({@link QueryBus}), metrics and the {@code nats} health component.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(Connection.class)
@ConditionalOnBooleanProperty(name = "hockeyhub.events.enabled", matchIfMissing = true)
@EnableConfigurationProperties({EventProperties.class, NatsProperties.class})
public class EventsAutoConfiguration {

    @Bean
    static EventHandlerRegistry eventHandlerRegistry() {
        return new EventHandlerRegistry();
    }

    @Bean(destroyMethod = "close")
    NatsConnectionEvents natsConnectionEvents() {
        return new NatsConnectionEvents();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Connection natsConnection(NatsProperties properties, NatsConnectionEvents events,
            @Value("${spring.application.name:hockey-hub}") String service) {
        Options options = NatsConnector.options(properties, service).connectionListener(events)
                .errorListener(events).build();
        // a NATS outage at start-up must not stop the service: the outbox holds events until it is back
        return NatsConnector.connect(options, events, properties.getReconnectWait());
    }

    @Bean
    JetStreamSetup jetStreamSetup(Connection connection, EventProperties properties, NatsConnectionEvents events) {
        JetStreamSetup setup = new JetStreamSetup(connection, properties);
        events.onConnected(setup::ensureStreams);
        setup.ensureStreams();
        return setup;
    }

    @Bean
    EventMetrics eventMetrics(ObjectProvider<MeterRegistry> registry) {
        return new EventMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
    static class Transactional {

        @Bean
        OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                Connection connection, JetStreamSetup setup, EventProperties properties, EventMetrics metrics) {
            return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), connection, setup, properties,
                    metrics);
        }

        @Bean
        @ConditionalOnMissingBean
        EventPublisher eventPublisher(JdbcTemplate jdbc, ObjectProvider<JsonMapper> jsonMapper, OutboxRelay relay,
                @Value("${spring.application.name:hockey-hub}") String service) {
            return new OutboxEventPublisher(jdbc, eventJson(jsonMapper), relay, service);
        }

        @Bean
        EventConsumers eventConsumers(EventHandlerRegistry registry, Connection connection, JetStreamSetup setup,
                NatsConnectionEvents events, EventProperties properties,
                @Value("${spring.application.name:hockey-hub}") String service, JdbcTemplate jdbc,
                PlatformTransactionManager transactionManager, ObjectProvider<JsonMapper> jsonMapper,
                EventMetrics metrics) {
            return new EventConsumers(registry, connection, setup, events, properties, service, jdbc,
                    new TransactionTemplate(transactionManager), eventJson(jsonMapper), metrics);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    QueryBus queryBus(Connection connection, ObjectProvider<JsonMapper> jsonMapper, EventProperties properties,
            @Value("${spring.application.name:hockey-hub}") String service, NatsConnectionEvents events) {
        return new NatsQueryBus(connection, eventJson(jsonMapper), properties, service, events);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Health {

        /** The {@code nats} health component (not in the readiness group: the outbox covers outages). */
        @Bean
        @ConditionalOnMissingBean(name = "natsHealthIndicator")
        NatsHealthIndicator natsHealthIndicator(Connection connection) {
            return new NatsHealthIndicator(connection);
        }
    }

    /** The application's mapper, tolerant of fields it does not know (payloads evolve by adding fields). */
    static JsonMapper eventJson(ObjectProvider<JsonMapper> jsonMapper) {
        return jsonMapper.getIfAvailable(JsonMapper::new).rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
