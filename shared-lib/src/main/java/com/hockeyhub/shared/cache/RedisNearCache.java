package com.hockeyhub.shared.cache;

import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushListener;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of hot cache entries in this instance's memory that Redis itself keeps coherent: server-assisted client-side
 * caching (CLIENT TRACKING over RESP3). Entries are read through one connection of our own on which tracking is on;
 * Redis remembers which keys that connection read and pushes an {@code invalidate} message on it as soon as any client
 * changes, deletes or expires one of them. A hit costs a map lookup: no Redis round trip, no JSON decoding, no wait
 * for the Lettuce event loop (which on a busy 2-core box was most of a cached read's latency, docs/performance.md).
 * <p>
 * Coherence:
 * <ul>
 * <li>This instance's own writes and evictions remove the local copy at once ({@link #invalidate}), so read-after-write
 * on one instance is exact.</li>
 * <li>Another instance's write reaches us as a push message, which Redis queues on our connection before it answers
 * the writer; it is applied when our event loop reads it (normally well under a millisecond).</li>
 * <li>A load whose key is invalidated while its GET is in flight is not stored: every load registers a token first,
 * and an invalidation removes the token (atomically with the entry) before the load can store.</li>
 * <li>A dropped connection loses the server's tracking state: everything local is dropped and nothing is stored until
 * tracking is on again on the new connection.</li>
 * </ul>
 * Only caches named in {@code hockeyhub.cache.near.caches} use it; their values are shared between requests and
 * must be immutable (records).
 */
public class RedisNearCache implements AutoCloseable {

    /** Returned by {@link #get} when the near cache cannot serve (not connected): read Redis the usual way. */
    public static final Object UNAVAILABLE = new Object();

    /** The tracking connection's name in Redis's CLIENT LIST. */
    public static final String CLIENT_NAME = "hockeyhub-near-cache";

    private static final Logger log = LoggerFactory.getLogger(RedisNearCache.class);
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final Supplier<RedisClient> clientSource;
    private volatile RedisClient client;
    private final Duration timeout;
    private final Duration reconnectInterval;
    private final Cache<String, Entry> entries;
    private final long minimumWeight;
    private final Map<String, Object> loads = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder invalidations = new LongAdder();
    private final Object connecting = new Object();
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile boolean tracking;
    private volatile long nextAttemptNanos = System.nanoTime();

    /**
     * {@code clientSource}: the Lettuce client of the connection factory, null while the factory is not started.
     * Local copies are bounded by both {@code maxEntries} and {@code maxBytes}: each weighs the size of its value in
     * Redis (its JSON), at least {@code maxBytes / maxEntries}, so a cache of large values (a season's trend of a
     * player, ~35 kB) cannot fill the heap the way a count of entries alone would let it.
     */
    public RedisNearCache(Supplier<RedisClient> clientSource, long maxEntries, long maxBytes, Duration maxAge,
            Duration timeout, Duration reconnectInterval) {
        this.clientSource = clientSource;
        this.timeout = timeout;
        this.reconnectInterval = reconnectInterval;
        this.minimumWeight = Math.max(1, maxBytes / Math.max(1, maxEntries));
        this.entries = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Entry entry) -> entry.weight()).expireAfterWrite(maxAge).build();
    }

    /** A local copy and what it counts against the byte bound. */
    private record Entry(Object value, int weight) {
    }

    /**
     * The value of {@code redisKey}: the local copy, else Redis's value read on the tracking connection and decoded
     * with {@code decode} (kept locally when no invalidation came in the meantime); null when Redis has none;
     * {@link #UNAVAILABLE} when tracking is not on. Redis errors are thrown, as the cache's own reads would.
     */
    public Object get(String redisKey, Function<byte[], Object> decode) {
        Entry local = entries.getIfPresent(redisKey);
        if (local != null) {
            return local.value();
        }
        StatefulRedisConnection<String, byte[]> tracked = trackedConnection();
        if (tracked == null) {
            return UNAVAILABLE;
        }
        long loadGeneration = generation.get();
        Object token = new Object();
        loads.put(redisKey, token);
        try {
            byte[] raw = tracked.sync().get(redisKey);
            if (raw == null) {
                return null;
            }
            Object value = decode.apply(raw);
            if (value != null) {
                Entry loaded = new Entry(value, (int) Math.min(Integer.MAX_VALUE, Math.max(raw.length, minimumWeight)));
                entries.asMap().compute(redisKey, (key, current) ->
                        loads.remove(key, token) && tracking && generation.get() == loadGeneration ? loaded : current);
            }
            return value;
        } finally {
            loads.remove(redisKey, token);
        }
    }

    /** Drops the local copy of {@code redisKey} and any load of it in flight. */
    public void invalidate(String redisKey) {
        entries.asMap().compute(redisKey, (key, current) -> {
            loads.remove(key);
            return null;
        });
        invalidations.increment();
    }

    /** Drops every local copy and every load in flight. */
    public void invalidateAll() {
        generation.incrementAndGet();
        loads.clear();
        entries.invalidateAll();
        invalidations.increment();
    }

    public long size() {
        return entries.estimatedSize();
    }

    public long invalidations() {
        return invalidations.sum();
    }

    /** Whether reads are served through tracking now. */
    public boolean tracking() {
        return tracking;
    }

    /** Opens the tracking connection now (start-up), instead of at the first read. */
    public void connect() {
        trackedConnection();
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, byte[]> current = connection;
        connection = null;
        tracking = false;
        invalidateAll();
        if (current != null && current.isOpen()) { // else closed with the connection factory's client already
            current.closeAsync();
        }
    }

    private StatefulRedisConnection<String, byte[]> trackedConnection() {
        if (tracking) {
            return connection;
        }
        if (connection != null || System.nanoTime() - nextAttemptNanos < 0) {
            return null; // reconnecting (tracking comes back with the connection) or waiting before the next try
        }
        synchronized (connecting) {
            if (connection == null && System.nanoTime() - nextAttemptNanos >= 0) {
                nextAttemptNanos = System.nanoTime() + reconnectInterval.toNanos();
                try {
                    RedisClient redisClient = client();
                    if (redisClient == null) {
                        return null;
                    }
                    StatefulRedisConnection<String, byte[]> opened = redisClient.connect(CODEC);
                    opened.setTimeout(timeout);
                    opened.sync().clientSetname(CLIENT_NAME); // CLIENT LIST shows which connection tracks
                    opened.addListener((PushListener) this::pushed);
                    connection = opened;
                    enableTracking().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    log.warn("Near cache not connected ({}); reads go to Redis, next try in {}", e.getMessage(),
                            reconnectInterval);
                }
            }
        }
        return tracking ? connection : null;
    }

    private RedisClient client() {
        if (client == null) {
            RedisClient source = clientSource.get();
            if (source == null) {
                return null;
            }
            source.addListener(new RedisConnectionStateListener() {
                @Override
                public void onRedisConnected(RedisChannelHandler<?, ?> channel, SocketAddress address) {
                    if (channel == connection) {
                        enableTracking(); // a reconnect: the server forgot what this connection tracked
                    }
                }

                @Override
                public void onRedisDisconnected(RedisChannelHandler<?, ?> channel) {
                    if (channel == connection) {
                        lost();
                    }
                }
            });
            client = source;
        }
        return client;
    }

    /** Asynchronous: also called on the event loop, when Lettuce has reconnected our connection. */
    private CompletionStage<String> enableTracking() {
        StatefulRedisConnection<String, byte[]> current = connection;
        if (current == null) {
            return CompletableFuture.completedFuture("no connection");
        }
        return current.async().clientTracking(TrackingArgs.Builder.enabled()).whenComplete((ok, error) -> {
            if (error == null) {
                invalidateAll(); // nothing read before this point is tracked
                tracking = true;
            } else {
                log.warn("Near cache off: CLIENT TRACKING refused ({}); needs Redis 6+ over RESP3", error.getMessage());
            }
        });
    }

    private void lost() {
        tracking = false;
        invalidateAll();
    }

    private void pushed(PushMessage message) {
        if (!"invalidate".equals(message.getType())) {
            return;
        }
        List<Object> content = message.getContent();
        Object keys = content.size() > 1 ? content.get(1) : null;
        if (!(keys instanceof List<?> list)) {
            invalidateAll(); // FLUSHALL / FLUSHDB, or the server dropped its tracking table
            return;
        }
        for (Object key : list) {
            if (key instanceof ByteBuffer buffer) {
                invalidate(StringCodec.UTF8.decodeKey(buffer.duplicate()));
            } else if (key != null) {
                invalidate(key.toString());
            }
        }
    }
}
