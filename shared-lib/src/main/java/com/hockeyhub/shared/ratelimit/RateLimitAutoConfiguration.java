package com.hockeyhub.shared.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Rate limiting (architecture.md, "Security model"): on in every web service with Redis. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "hockeyhub.rate-limit.enabled", matchIfMissing = true)
@ConditionalOnBean(RedisConnectionFactory.class)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitAutoConfiguration {

    /** Right after Spring Security's filter chain (order -100), so the caller is known. */
    static final int ORDER = -90;

    @Bean
    @ConditionalOnMissingBean
    RedisRateLimiter redisRateLimiter(RedisConnectionFactory connectionFactory, RateLimitProperties properties,
            ObjectProvider<MeterRegistry> meters, @Value("${spring.application.name:hockey-hub}") String service,
            @Value("${hockeyhub.cache.key-prefix:}") String cachePrefix) {
        String prefix = (cachePrefix.isBlank() ? "hh:" + service + ":" : cachePrefix) + "rl:";
        return new RedisRateLimiter(new StringRedisTemplate(connectionFactory), prefix,
                properties.getRetryInterval(), meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RedisRateLimiter limiter, RateLimitProperties properties,
            JsonMapper json, ObjectProvider<MeterRegistry> meters) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(limiter, properties, json, meters.getIfAvailable(SimpleMeterRegistry::new)));
        registration.setOrder(ORDER);
        return registration;
    }
}
