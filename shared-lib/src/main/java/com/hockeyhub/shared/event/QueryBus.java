package com.hockeyhub.shared.event;

import java.time.Duration;
import java.util.function.Function;

/**
 * Request-reply over core NATS for synchronous queries between services (subject {@code hockeyhub.query.<query>}).
 * Requests and replies are JSON; responders of one service form a queue group, so each request is answered once.
 * A request never returns {@code null} for a missing answer: it throws a {@link QueryException}.
 */
public interface QueryBus {

    /**
     * Asks {@code query} and waits up to the configured {@code hockeyhub.events.request-timeout}.
     *
     * @throws QueryException.Timeout     no reply in time
     * @throws QueryException.NoResponder nobody answers this query (e.g. the service is down)
     * @throws QueryException.Failed      the responder failed; its message is kept
     */
    <R> R request(String query, Object request, Class<R> responseType);

    /** As {@link #request(String, Object, Class)} with an explicit timeout. */
    <R> R request(String query, Object request, Class<R> responseType, Duration timeout);

    /**
     * Answers {@code query} with {@code responder} until the returned registration is closed (or the application
     * stops). Exceptions of the responder become a {@link QueryException.Failed} at the requester.
     */
    <Q> Registration respond(String query, Class<Q> requestType, Function<Q, ?> responder);

    /** A responder subscription. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
