package com.hockeyhub.shared.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Tags as Redis sets: {@code <prefix>_tag:<tag>} holds the keys of the entries carrying the tag. Storing a tagged
 * entry and invalidating a tag are single Lua scripts, so both are atomic. A tag set expires with the longest TTL of
 * its entries (each tagged put extends it), and large sets are pruned of members whose entries have expired.
 * An invalidation leaves a short-lived marker {@code <prefix>_tagts:<tag>} (Redis time): a tagged entry whose load
 * began before the latest invalidation of one of its tags is not stored, since it may hold the state from before the
 * write. (All keys of a service are assumed to live on one Redis node; the scripts are not cluster-slot aware.)
 */
public class RedisTagStore {

    private static final Duration MARKER_TTL = Duration.ofMinutes(2);

    private static final Script PUT_TAGGED = new Script(ScriptOutputType.INTEGER, """
            local n = tonumber(ARGV[6])
            local ttl = tonumber(ARGV[2])
            local started = tonumber(ARGV[3])
            local margin = tonumber(ARGV[4])
            local prune = tonumber(ARGV[5])
            for i = 1, n do
              local inv = redis.call('GET', KEYS[1 + n + i])
              if inv and tonumber(inv) >= started - margin then
                return 0
              end
            end
            if ttl > 0 then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
            else
              redis.call('SET', KEYS[1], ARGV[1])
            end
            for i = 1, n do
              local tag = KEYS[1 + i]
              redis.call('SADD', tag, KEYS[1])
              local current = redis.call('PTTL', tag)
              if ttl <= 0 then
                redis.call('PERSIST', tag)
              elseif current ~= -1 and current < ttl then
                redis.call('PEXPIRE', tag, ttl)
              elseif current == -1 and redis.call('SCARD', tag) == 1 then
                redis.call('PEXPIRE', tag, ttl)
              end
              if redis.call('SCARD', tag) > prune then
                for _, member in ipairs(redis.call('SRANDMEMBER', tag, 32)) do
                  if redis.call('EXISTS', member) == 0 then
                    redis.call('SREM', tag, member)
                  end
                end
              end
            end
            return 1
            """);

    private static final Script INVALIDATE = new Script(ScriptOutputType.MULTI, """
            local n = tonumber(ARGV[1])
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local removed = {}
            for i = 1, n do
              local members = redis.call('SMEMBERS', KEYS[i])
              for _, member in ipairs(members) do
                if redis.call('DEL', member) == 1 then
                  table.insert(removed, member)
                end
              end
              redis.call('DEL', KEYS[i])
              redis.call('SET', KEYS[n + i], string.format('%d', now), 'PX', ARGV[2])
            end
            return removed
            """);

    private final CacheRedisConnection redis;
    private final String prefix;
    private final long marginMillis;
    private final int pruneThreshold;

    public RedisTagStore(CacheRedisConnection redis, String prefix, Duration invalidationMargin, int pruneThreshold) {
        this.redis = redis;
        this.prefix = prefix;
        this.marginMillis = invalidationMargin.toMillis();
        this.pruneThreshold = pruneThreshold;
    }

    public String tagKey(String tag) {
        return prefix + "_tag:" + tag;
    }

    String markerKey(String tag) {
        return prefix + "_tagts:" + tag;
    }

    /**
     * Stores the entry and adds it to its tags, unless one of the tags was invalidated after {@code loadStartedMillis}
     * (then nothing is stored and false is returned).
     */
    public boolean putTagged(byte[] key, byte[] value, Duration ttl, Collection<String> tags, long loadStartedMillis) {
        List<byte[]> keys = new ArrayList<>(1 + 2 * tags.size());
        keys.add(key);
        tags.forEach(tag -> keys.add(bytes(tagKey(tag))));
        tags.forEach(tag -> keys.add(bytes(markerKey(tag))));
        long ttlMillis = ttl == null || ttl.isZero() || ttl.isNegative() ? 0 : Math.max(1, ttl.toMillis());
        Long stored = PUT_TAGGED.run(redis.sync(), keys, value, bytes(ttlMillis), bytes(loadStartedMillis),
                bytes(marginMillis), bytes(pruneThreshold), bytes(tags.size()));
        return stored != null && stored == 1L;
    }

    /** Removes every entry carrying one of the tags; returns the keys that were removed. */
    public List<String> invalidate(Collection<String> tags) {
        List<byte[]> keys = new ArrayList<>(2 * tags.size());
        tags.forEach(tag -> keys.add(bytes(tagKey(tag))));
        tags.forEach(tag -> keys.add(bytes(markerKey(tag))));
        List<Object> removed = INVALIDATE.run(redis.sync(), keys, bytes(tags.size()), bytes(MARKER_TTL.toMillis()));
        List<String> result = new ArrayList<>();
        if (removed != null) {
            removed.forEach(k -> result.add(new String((byte[]) k, StandardCharsets.UTF_8)));
        }
        return result;
    }

    /** A Lua script run by its SHA1 (EVALSHA), sent in full (EVAL) only when Redis does not know it yet. */
    private record Script(ScriptOutputType output, String body, String sha1) {

        Script(ScriptOutputType output, String body) {
            this(output, body, sha1Hex(body));
        }

        <T> T run(RedisCommands<byte[], byte[]> commands, List<byte[]> keys, byte[]... args) {
            byte[][] keyArray = keys.toArray(byte[][]::new);
            try {
                return commands.evalsha(sha1, output, keyArray, args);
            } catch (RedisNoScriptException e) {
                return commands.eval(body, output, keyArray, args);
            }
        }

        private static String sha1Hex(String body) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-1")
                        .digest(body.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static byte[] bytes(Object value) {
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }
}
