package com.hockeyhub.shared.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * The one Redis connection every cache operation of this instance uses (GET/SET/DEL, tag scripts, SCAN): a native
 * Lettuce connection, thread-safe, its commands from all request threads pipelined on one socket. Spring Data's
 * {@code RedisCacheWriter}/{@code RedisTemplate} wrap the same shared native connection in a new
 * {@code LettuceConnection} per operation, and each of those looks up a commons-logging logger behind a global lock
 * (docs/performance.md "cache"); going to the native connection directly skips that.
 * <p>
 * Opened lazily (or at start-up through {@link #connect}) from the connection factory's own client, so it has the
 * factory's URI (host, database, password, SSL, sentinel), client options (fail fast while disconnected,
 * auto-reconnect) and command timeout: a hung Redis costs a request at most that timeout, and the {@link RedisGuard}
 * then bypasses the cache. After a failed connect the next attempt opens a new one.
 */
public class CacheRedisConnection implements AutoCloseable {

    /** The connection's name in Redis's CLIENT LIST. */
    public static final String CLIENT_NAME = "hockeyhub-cache";

    private final Supplier<RedisClient> clientSource;
    private final Duration timeout;
    private final Object connecting = new Object();
    private volatile StatefulRedisConnection<byte[], byte[]> connection;
    private volatile boolean closed;

    /** {@code clientSource}: the Lettuce client of the connection factory, null while the factory is not started. */
    public CacheRedisConnection(Supplier<RedisClient> clientSource, Duration timeout) {
        this.clientSource = clientSource;
        this.timeout = timeout;
    }

    /** Synchronous commands, each bounded by the command timeout; connects first if needed (may throw). */
    public RedisCommands<byte[], byte[]> sync() {
        return connection().sync();
    }

    public RedisAsyncCommands<byte[], byte[]> async() {
        return connection().async();
    }

    /** Opens the connection now (start-up) and checks it answers; throws when Redis cannot be reached. */
    public void connect() {
        sync().ping();
    }

    public Duration timeout() {
        return timeout;
    }

    StatefulRedisConnection<byte[], byte[]> connection() {
        StatefulRedisConnection<byte[], byte[]> current = connection;
        if (current != null && current.isOpen()) {
            return current;
        }
        synchronized (connecting) {
            if (closed) {
                throw new IllegalStateException("The cache's Redis connection is closed");
            }
            current = connection;
            if (current == null || !current.isOpen()) {
                RedisClient client = clientSource.get();
                if (client == null) {
                    throw new IllegalStateException("The Redis connection factory is not started");
                }
                StatefulRedisConnection<byte[], byte[]> opened = client.connect(ByteArrayCodec.INSTANCE);
                opened.setTimeout(timeout);
                try {
                    opened.sync().clientSetname(CLIENT_NAME.getBytes(StandardCharsets.UTF_8));
                } catch (RuntimeException e) {
                    opened.closeAsync();
                    throw e;
                }
                connection = opened;
                current = opened;
            }
            return current;
        }
    }

    @Override
    public void close() {
        synchronized (connecting) {
            closed = true;
            StatefulRedisConnection<byte[], byte[]> current = connection;
            connection = null;
            if (current != null && current.isOpen()) { // else closed with the connection factory's client already
                current.close();
            }
        }
    }
}
