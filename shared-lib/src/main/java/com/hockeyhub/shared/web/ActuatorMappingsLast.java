package com.hockeyhub.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping;

/**
 * Asks the actuator's endpoint mappings after the application's own request mappings (order 0) instead of before
 * them (Spring Boot's -100). For a path with a variable, such as {@code /api/users/{id}}, Spring MVC tries every
 * mapping of a handler mapping in turn, so every API request walked the actuator's ten endpoint mappings first
 * (their methods, media types and paths: about 3 % of a cached read's CPU, docs/performance.md "cache"). No
 * application mapping lies under the actuator's base path, so every request still reaches the handler it did; the
 * static-resource and welcome-page mappings stay after both.
 */
class ActuatorMappingsLast implements BeanPostProcessor {

    private static final int ORDER = 1;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractWebMvcEndpointHandlerMapping mapping) {
            mapping.setOrder(ORDER);
        }
        return bean;
    }
}
