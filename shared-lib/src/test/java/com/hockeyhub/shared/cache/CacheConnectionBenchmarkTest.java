package com.hockeyhub.shared.cache;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

import com.hockeyhub.shared.test.TestInfrastructure;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached read (GET + JSON decode, no Spring proxy) through Spring Data's cache writer (a {@code LettuceConnection}
 * per operation) and through {@link NativeRedisCacheWriter} (the one native connection): thread CPU per op on one
 * thread, then wall time per op with 8 threads at once (the contended case). Prints, asserts nothing.
 * Excluded from the default run (see docs/performance.md "cache").
 */
@Tag("bench")
class CacheConnectionBenchmarkTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void springWriterVersusNativeConnection() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(infra.redisHost(), infra.redisPort()),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
        factory.afterPropertiesSet();
        factory.start();
        CacheRedisConnection redis = new CacheRedisConnection(() -> (RedisClient) factory.getNativeClient(),
                Duration.ofSeconds(2));
        try {
            String prefix = "hh:bench-" + infra.runId() + ":";
            RedisCacheConfiguration config = RedisCacheConfiguration.defaultCacheConfig()
                    .computePrefixWith(name -> prefix + name + "::")
                    .serializeValuesWith(SerializationPair.fromSerializer(CacheAutoConfiguration.RedisCaching.serializer()))
                    .entryTtl(Duration.ofMinutes(5));
            TaggingRedisCache spring = new TaggingRedisCache("items",
                    RedisCacheWriter.create(factory, w -> w.immediateWrites()), config);
            TaggingRedisCache ours = new TaggingRedisCache("items", new NativeRedisCacheWriter(redis, 500), config);
            for (int i = 0; i < 200; i++) {
                assertThat(spring.get(i)).isNull();
                ours.put(i, new Item("item " + i, i, List.of("a", "b")));
            }
            byte[][] keys = new byte[200][];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = ours.rawKey(i);
            }
            RedisCacheWriter springWriter = spring.getNativeCache();
            RedisCacheWriter ourWriter = ours.getNativeCache();
            for (int round = 0; round < 2; round++) { // alternate, so drift in machine load hits both
                measure("cache.get, Spring Data writer", i -> spring.get(i % 200));
                measure("cache.get, native connection", i -> ours.get(i % 200));
                measure("writer GET only, Spring Data", i -> springWriter.get("items", keys[i % 200]));
                measure("writer GET only, native", i -> ourWriter.get("items", keys[i % 200]));
            }
            redis.sync().del(redis.sync().keys((prefix + "*").getBytes()).toArray(byte[][]::new));
        } finally {
            redis.close();
            factory.destroy();
        }
    }

    record Item(String name, int number, List<String> tags) {
    }

    private static void measure(String name, IntConsumer op) throws Exception {
        int warmup = 5_000;
        int count = 20_000;
        for (int i = 0; i < warmup; i++) {
            op.accept(i);
        }
        long cpu = CPU.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < count; i++) {
            op.accept(i);
        }
        double cpuNs = (CPU.getCurrentThreadCpuTime() - cpu) / (double) count;
        double wallNs = (System.nanoTime() - wall) / (double) count;

        int threads = 8;
        int perThread = 5_000;
        CountDownLatch start = new CountDownLatch(1);
        AtomicLong threadCpu = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long before = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < perThread; i++) {
                    op.accept(i);
                }
                threadCpu.addAndGet(CPU.getCurrentThreadCpuTime() - before);
            });
            worker.start();
            workers.add(worker);
        }
        long parallelWall = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double parallelNs = (System.nanoTime() - parallelWall) / (double) (threads * perThread);
        System.out.printf("CACHE CONNECTION BENCHMARK | %-31s | 1 thread: %,.0f ns CPU/op, %,.0f ns wall/op"
                        + " | %d threads: %,.0f ns CPU/op (request threads), %,.0f ns wall per op overall%n", name,
                cpuNs, wallNs, threads, threadCpu.get() / (double) (threads * perThread), parallelNs);
    }
}
