package com.hockeyhub.shared.event.nats;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.event.QueryBus;
import com.hockeyhub.shared.event.QueryException;
import com.hockeyhub.shared.web.RequestIds;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.impl.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

/** {@link QueryBus} on core NATS request-reply; responders of one service share a queue group. */
public class NatsQueryBus implements QueryBus {

    private static final Logger log = LoggerFactory.getLogger(NatsQueryBus.class);
    static final String ERROR_HEADER = "Hh-Error";
    private static final int NO_RESPONDERS = 503;

    private final Connection connection;
    private final JsonMapper json;
    private final EventProperties properties;
    private final String service;
    private final NatsConnectionEvents events;

    public NatsQueryBus(Connection connection, JsonMapper json, EventProperties properties, String service,
            NatsConnectionEvents events) {
        this.connection = connection;
        this.json = json;
        this.properties = properties;
        this.service = service;
        this.events = events;
    }

    @Override
    public <R> R request(String query, Object request, Class<R> responseType) {
        return request(query, request, responseType, properties.getRequestTimeout());
    }

    @Override
    public <R> R request(String query, Object request, Class<R> responseType, Duration timeout) {
        Headers headers = new Headers();
        RequestIds.current().ifPresent(id -> headers.add(RequestIds.HEADER, id));
        CompletableFuture<Message> future;
        try {
            future = connection.requestWithTimeout(properties.querySubject(query), headers,
                    json.writeValueAsBytes(request), timeout);
        } catch (IllegalStateException notConnected) {
            throw new QueryException.NoResponder(query);
        }
        Message reply;
        try {
            reply = future.get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryException.Timeout(query, timeout, e);
        } catch (TimeoutException | CancellationException e) {
            future.cancel(true);
            throw new QueryException.Timeout(query, timeout, e);
        } catch (ExecutionException e) {
            if (String.valueOf(e.getCause()).contains(Integer.toString(NO_RESPONDERS))) {
                throw new QueryException.NoResponder(query);
            }
            throw new QueryException.Timeout(query, timeout, e.getCause());
        }
        if (reply.isStatusMessage()) {
            if (reply.getStatus().getCode() == NO_RESPONDERS) {
                throw new QueryException.NoResponder(query);
            }
            throw new QueryException.Failed(query, reply.getStatus().getMessage(), null);
        }
        if (reply.hasHeaders() && reply.getHeaders().getFirst(ERROR_HEADER) != null) {
            throw new QueryException.Failed(query, reply.getHeaders().getFirst(ERROR_HEADER), null);
        }
        try {
            return json.readValue(reply.getData(), responseType);
        } catch (RuntimeException e) {
            throw new QueryException.Failed(query, "unreadable reply: " + e.getMessage(), e);
        }
    }

    /**
     * Subscribes at once, or — while NATS has not been reached since start-up — at the first connect (jnats keeps
     * the subscription across later reconnects); the responders of one service share a queue group.
     */
    @Override
    public <Q> Registration respond(String query, Class<Q> requestType, Function<Q, ?> responder) {
        CoreSubscription subscription = CoreSubscription.queue(connection, events, properties.querySubject(query),
                service, message -> answer(query, requestType, responder, message));
        return subscription::close;
    }

    private <Q> void answer(String query, Class<Q> requestType, Function<Q, ?> responder, Message message) {
        if (message.getReplyTo() == null) {
            return;
        }
        String requestId = message.hasHeaders() ? message.getHeaders().getFirst(RequestIds.HEADER) : null;
        if (requestId != null) {
            MDC.put(RequestIds.MDC_KEY, requestId);
        }
        try {
            Q request = json.readValue(message.getData(), requestType);
            // a query from another service (it checked its caller) is answered across clubs, as a service token is
            Object answer = AcrossClubs.call(() -> responder.apply(request));
            connection.publish(message.getReplyTo(), json.writeValueAsBytes(answer));
        } catch (RuntimeException e) {
            log.warn("Query {} failed: {}", query, e.toString());
            String error = String.valueOf(e.getMessage()).replaceAll("[\\r\\n]+", " ");
            connection.publish(message.getReplyTo(), new Headers().add(ERROR_HEADER,
                    error.length() > 300 ? error.substring(0, 300) : error), "{}".getBytes(StandardCharsets.UTF_8));
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
