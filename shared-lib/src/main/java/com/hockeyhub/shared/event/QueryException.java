package com.hockeyhub.shared.event;

/** A request-reply query that got no usable answer. */
public abstract sealed class QueryException extends RuntimeException
        permits QueryException.Timeout, QueryException.NoResponder, QueryException.Failed {

    private final String query;

    protected QueryException(String query, String message, Throwable cause) {
        super(message, cause);
        this.query = query;
    }

    public String query() {
        return query;
    }

    /** No reply within the timeout. */
    public static final class Timeout extends QueryException {
        public Timeout(String query, java.time.Duration timeout, Throwable cause) {
            super(query, "No reply to query " + query + " within " + timeout, cause);
        }
    }

    /** Nobody is subscribed to the query's subject. */
    public static final class NoResponder extends QueryException {
        public NoResponder(String query) {
            super(query, "No responder for query " + query, null);
        }
    }

    /** The responder answered with an error. */
    public static final class Failed extends QueryException {
        public Failed(String query, String error, Throwable cause) {
            super(query, "Query " + query + " failed: " + error, cause);
        }
    }
}
