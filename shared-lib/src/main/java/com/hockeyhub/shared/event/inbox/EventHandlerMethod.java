package com.hockeyhub.shared.event.inbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * One {@link EventHandler} method: its bean, the payload parameter (converted from the envelope's {@code data})
 * and an optional {@link EventEnvelope} parameter — or, for a batch handler ({@code batchSize > 1}), its one
 * {@code List<EventEnvelope>} parameter.
 */
public final class EventHandlerMethod {

    private final Object bean;
    private final Method method;
    private final EventHandler annotation;
    private final int payloadIndex;
    private final Type payloadType;

    EventHandlerMethod(Object bean, Method method, EventHandler annotation) {
        this.bean = bean;
        this.method = method;
        this.annotation = annotation;
        if (annotation.name().isBlank() || !annotation.name().matches("[A-Za-z0-9_-]+")) {
            throw new IllegalStateException(describe(method) + ": name must be letters, digits, '-' or '_'");
        }
        if (annotation.batchSize() < 1) {
            throw new IllegalStateException(describe(method) + ": batchSize must be at least 1");
        }
        Class<?>[] types = method.getParameterTypes();
        boolean takesBatch = types.length == 1 && isEnvelopeList(method.getGenericParameterTypes()[0]);
        if (annotation.batchSize() > 1 || takesBatch) {
            if (!takesBatch || annotation.batchSize() < 2) {
                throw new IllegalStateException(describe(method) + " is a batch handler: it must say batchSize > 1"
                        + " and take exactly one List<EventEnvelope>");
            }
            this.payloadIndex = -1;
            this.payloadType = null;
            method.setAccessible(true);
            return;
        }
        int payload = -1;
        for (int i = 0; i < types.length; i++) {
            if (types[i] == EventEnvelope.class) {
                continue;
            }
            if (payload >= 0) {
                throw new IllegalStateException(describe(method)
                        + " may take one payload parameter and optionally an EventEnvelope");
            }
            payload = i;
        }
        if (payload < 0 && types.length == 0) {
            throw new IllegalStateException(describe(method) + " must take the payload record and/or EventEnvelope");
        }
        this.payloadIndex = payload;
        this.payloadType = payload >= 0 ? method.getGenericParameterTypes()[payload] : null;
        method.setAccessible(true);
    }

    public String type() {
        return annotation.type();
    }

    public String name() {
        return annotation.name();
    }

    /** Deliveries handed to the handler at once; more than 1 makes it a batch handler. */
    public int batchSize() {
        return annotation.batchSize();
    }

    public boolean isBatch() {
        return annotation.batchSize() > 1;
    }

    public String description() {
        return describe(method);
    }

    /** Converts the payload (unknown fields ignored); throws when the data does not fit the parameter type. */
    Object[] arguments(EventEnvelope envelope, JsonMapper json) {
        if (isBatch()) {
            return new Object[] {List.of(envelope)};
        }
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            if (i == payloadIndex) {
                JavaType javaType = json.constructType(payloadType);
                args[i] = envelope.data() == null ? null : json.treeToValue(envelope.data(), javaType);
            } else if (types[i] == EventEnvelope.class) {
                args[i] = envelope;
            }
        }
        return args;
    }

    void invoke(Object[] args) throws Throwable {
        try {
            method.invoke(bean, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }

    /** Calls a batch handler with the events of one batch. */
    void invokeBatch(List<EventEnvelope> envelopes) throws Throwable {
        invoke(new Object[] {List.copyOf(envelopes)});
    }

    private static boolean isEnvelopeList(Type type) {
        return type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] == EventEnvelope.class;
    }

    private static String describe(Method method) {
        return "@EventHandler " + method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
