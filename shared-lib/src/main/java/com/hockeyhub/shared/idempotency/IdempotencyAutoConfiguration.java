package com.hockeyhub.shared.idempotency;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import com.hockeyhub.shared.saga.PeriodicJob;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The participant-side {@link IdempotencyStore} (table from {@code db/shared/R__hockeyhub_idempotency.sql}), the
 * {@link IdempotencyKey} controller parameter and the purge of expired keys.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            JsonMapper json, ObjectProvider<Clock> clock, IdempotencyProperties properties) {
        return new IdempotencyStore(jdbc, transactionManager, json, clock.getIfAvailable(Clock::systemUTC), properties);
    }

    @Bean
    PeriodicJob idempotencyPurgeJob(IdempotencyStore store, IdempotencyProperties properties) {
        return new PeriodicJob("idempotency-purge", properties.getPurgeInterval(), properties.getPurgeInterval(),
                store::purgeExpired);
    }

    /** Documents the {@code Idempotency-Key} header (instead of the parameter object) in the OpenAPI description. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
    static class IdempotencyOpenApiConfiguration {

        @Bean
        OperationCustomizer idempotencyKeyOperationCustomizer() {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(IdempotencyKey.class);
            return (operation, handlerMethod) -> {
                boolean takesKey = Arrays.stream(handlerMethod.getMethodParameters())
                        .anyMatch(p -> IdempotencyKey.class.equals(p.getParameterType()));
                if (takesKey) {
                    operation.addParametersItem(new HeaderParameter().name(IdempotencyKey.HEADER).required(false)
                            .description("Repeating a request with the same key returns the first result without "
                                    + "acting again (header Idempotent-Replayed: true); 1 to 255 printable characters")
                            .schema(new StringSchema().maxLength(255)));
                }
                return operation;
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class IdempotencyWebConfiguration {

        @Bean
        WebMvcConfigurer idempotencyKeyWebMvcConfigurer() {
            return new WebMvcConfigurer() {
                @Override
                public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                    resolvers.add(new IdempotencyKeyArgumentResolver());
                }
            };
        }
    }
}
