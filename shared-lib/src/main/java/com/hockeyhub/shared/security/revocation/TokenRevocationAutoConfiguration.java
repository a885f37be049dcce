package com.hockeyhub.shared.security.revocation;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.hockeyhub.shared.event.nats.CoreSubscription;
import com.hockeyhub.shared.event.nats.NatsConnectionEvents;
import io.nats.client.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Access-token revocation in every service with Redis (and NATS for the broadcast). */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        "com.hockeyhub.shared.event.EventsAutoConfiguration"})
@ConditionalOnBooleanProperty(name = "hockeyhub.security.revocation.enabled", matchIfMissing = true)
@ConditionalOnBean(RedisConnectionFactory.class)
@EnableConfigurationProperties(RevocationProperties.class)
public class TokenRevocationAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TokenRevocationAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    TokenRevocations tokenRevocations(RedisConnectionFactory redis, RevocationProperties properties,
            ObjectProvider<Connection> nats) {
        return new TokenRevocations(new StringRedisTemplate(redis), properties.key(), nats.getIfAvailable(),
                properties.tokenLifetime(), Clock.systemUTC());
    }

    /** Listens to the broadcast and reloads the list from Redis at start and then periodically. */
    @Bean
    SmartLifecycle tokenRevocationsSync(TokenRevocations revocations, RevocationProperties properties,
            ObjectProvider<Connection> nats, ObjectProvider<NatsConnectionEvents> natsEvents) {
        return new SmartLifecycle() {
            private ScheduledExecutorService reloads;
            private CoreSubscription broadcasts;

            @Override
            public void start() {
                Connection connection = nats.getIfAvailable();
                if (connection != null) {
                    broadcasts = CoreSubscription.broadcast(connection, natsEvents.getIfAvailable(),
                            m -> revocations.receive(m.getData()), null, TokenRevocations.SUBJECT);
                }
                reloads = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "token-revocations");
                    t.setDaemon(true);
                    return t;
                });
                long every = properties.reloadInterval().toMillis();
                reloads.scheduleWithFixedDelay(() -> {
                    try {
                        revocations.reload();
                    } catch (RuntimeException e) {
                        log.warn("Token revocations not reloaded from Redis: {}", e.getMessage());
                    }
                }, 0, every, TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                if (broadcasts != null) {
                    broadcasts.close();
                    broadcasts = null;
                }
                if (reloads != null) {
                    reloads.shutdownNow();
                    reloads = null;
                }
            }

            @Override
            public boolean isRunning() {
                return reloads != null;
            }
        };
    }
}
