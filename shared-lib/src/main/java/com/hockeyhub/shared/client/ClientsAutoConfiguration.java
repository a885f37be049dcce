package com.hockeyhub.shared.client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Typed HTTP clients of the other services ({@link ServiceClients}, {@link UserServiceClient}, the saga participants). */
@AutoConfiguration(afterName = {
        "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(ClientProperties.class)
public class ClientsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceTokenProvider serviceTokenProvider(ClientProperties properties, Environment environment,
            ObjectProvider<RestClient.Builder> builder,
            @Value("${spring.application.name:hockey-hub}") String applicationName) {
        return new ServiceTokenProvider(properties, environment, builder.getIfAvailable(RestClient::builder),
                applicationName);
    }

    @Bean
    @ConditionalOnMissingBean
    ServiceClients serviceClients(ClientProperties properties, Environment environment,
            ObjectProvider<RestClient.Builder> builder, ServiceTokenProvider serviceTokens,
            ObjectProvider<JsonMapper> json) {
        return new ServiceClients(properties, environment, builder.getIfAvailable(RestClient::builder), serviceTokens,
                json.getIfAvailable(JsonMapper::new));
    }

    @Bean
    @ConditionalOnMissingBean
    UserServiceClient userServiceClient(ServiceClients clients) {
        return clients.create(UserServiceClient.class, UserServiceClient.TARGET);
    }

    // the saga participants: created on first use, so a service that never calls them needs no URL for them
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    PaymentServiceClient paymentServiceClient(ServiceClients clients) {
        return clients.create(PaymentServiceClient.class, PaymentServiceClient.TARGET);
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    AdminServiceClient adminServiceClient(ServiceClients clients) {
        return clients.create(AdminServiceClient.class, AdminServiceClient.TARGET);
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    CommunicationServiceClient communicationServiceClient(ServiceClients clients) {
        return clients.create(CommunicationServiceClient.class, CommunicationServiceClient.TARGET);
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    TrainingServiceClient trainingServiceClient(ServiceClients clients) {
        return clients.create(TrainingServiceClient.class, TrainingServiceClient.TARGET);
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    CalendarServiceClient calendarServiceClient(ServiceClients clients) {
        return clients.create(CalendarServiceClient.class, CalendarServiceClient.TARGET);
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    MedicalServiceClient medicalServiceClient(ServiceClients clients) {
        return clients.create(MedicalServiceClient.class, MedicalServiceClient.TARGET);
    }
}
