package com.hockeyhub.shared.event.inbox;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.hockeyhub.shared.event.EventHandler;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Finds every {@link EventHandler} method on the application's beans while they are created. */
public class EventHandlerRegistry implements BeanPostProcessor {

    private final List<EventHandlerMethod> handlers = new ArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> target = AopUtils.getTargetClass(bean);
        if (target.getName().startsWith("org.springframework.")) {
            return bean;
        }
        Map<Method, EventHandler> found = MethodIntrospector.selectMethods(target,
                (MethodIntrospector.MetadataLookup<EventHandler>) method ->
                        AnnotatedElementUtils.findMergedAnnotation(method, EventHandler.class));
        found.forEach((method, annotation) -> register(
                new EventHandlerMethod(bean, AopUtils.selectInvocableMethod(method, bean.getClass()), annotation)));
        return bean;
    }

    private synchronized void register(EventHandlerMethod handler) {
        for (EventHandlerMethod existing : handlers) {
            if (existing.name().equals(handler.name())) {
                throw new IllegalStateException(handler.description() + " and " + existing.description()
                        + " share the name '" + handler.name() + "'; handler names must be unique in a service");
            }
        }
        handlers.add(handler);
    }

    public synchronized List<EventHandlerMethod> handlers() {
        return List.copyOf(handlers);
    }
}
