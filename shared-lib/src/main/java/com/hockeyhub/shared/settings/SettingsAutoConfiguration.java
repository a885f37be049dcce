package com.hockeyhub.shared.settings;

import com.hockeyhub.shared.client.AdminSettingsClient;
import com.hockeyhub.shared.client.ClientsAutoConfiguration;
import com.hockeyhub.shared.client.ServiceClients;
import com.hockeyhub.shared.client.ServiceTokenProvider;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.EventsAutoConfiguration;
import com.hockeyhub.shared.event.nats.NatsConnectionEvents;
import io.nats.client.Connection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import tools.jackson.databind.json.JsonMapper;

/**
 * admin-service's effective settings and feature flags for services that set {@code hockeyhub.settings.enabled=true}:
 * {@link AdminSettingsClient}, {@link EffectiveSettings}, {@link FeatureFlags} and, with NATS, the
 * {@link SettingsInvalidation} subscription. Services without the property get none of them.
 */
@AutoConfiguration(after = {ClientsAutoConfiguration.class, EventsAutoConfiguration.class})
@ConditionalOnBooleanProperty(name = "hockeyhub.settings.enabled")
@EnableConfigurationProperties(SettingsProperties.class)
public class SettingsAutoConfiguration {

    // created on first use: the URL may name the running server's port (resolved only once it runs)
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    AdminSettingsClient adminSettingsClient(ServiceClients clients) {
        return clients.create(AdminSettingsClient.class, AdminSettingsClient.TARGET);
    }

    @Bean
    @ConditionalOnMissingBean
    EffectiveSettings effectiveSettings(@Lazy AdminSettingsClient client, ServiceTokenProvider serviceTokens,
            SettingsProperties properties) {
        return new EffectiveSettings(client, serviceTokens, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    FeatureFlags featureFlags(EffectiveSettings settings) {
        return new FeatureFlags(settings);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBean(Connection.class)
    SettingsInvalidation settingsInvalidation(Connection connection, EventProperties events,
            NatsConnectionEvents connectionEvents, EffectiveSettings settings, ObjectProvider<JsonMapper> json) {
        return new SettingsInvalidation(connection, events, connectionEvents, settings,
                json.getIfAvailable(JsonMapper::new));
    }
}
