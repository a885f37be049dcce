package com.hockeyhub.admin.health;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.hockeyhub.admin.AdminProperties;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/** The stored health rounds as the platform reads them: the newest round and time-bucketed history. */
@Service
public class HealthHistory {

    static final Duration MAX_RANGE = Duration.ofDays(31);
    static final Duration MIN_BUCKET = Duration.ofMinutes(1);
    static final int MAX_BUCKETS = 2000;

    /** The suite in one bucket: the average of the services' average scores. */
    public record SystemBucket(Instant start, int score, String status) {
    }

    public record ServiceSeries(String service, List<HealthSnapshots.Bucket> buckets) {
    }

    public record History(Instant from, Instant to, Duration bucket, List<SystemBucket> system,
                          List<ServiceSeries> services) {
    }

    private final HealthSnapshots snapshots;
    private final AdminProperties properties;

    HealthHistory(HealthSnapshots snapshots, AdminProperties properties) {
        this.snapshots = snapshots;
        this.properties = properties;
    }

    /** The newest stored round of every configured service; null before the first round. */
    public SuiteHealth.Status latest() {
        Instant slot = snapshots.latestSlot(properties.services().keySet());
        if (slot == null) {
            return null;
        }
        return SuiteHealth.summarize(snapshots.latest(properties.services().keySet()), slot);
    }

    /**
     * History of [from, to) (default: the last 24 hours) in buckets (ISO duration, default an hour); one service
     * (404 for one not watched) or all. 400 naming the parameter for a range over 31 days, from not before to, a
     * bucket under a minute or more than 2000 buckets.
     */
    public History history(Instant from, Instant to, String bucket, String service) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : from;
        if (!start.isBefore(end)) {
            throw new InvalidRequestException("from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidRequestException("to", "the range may span at most " + MAX_RANGE.toDays() + " days");
        }
        Duration size = parseBucket(bucket);
        if (Duration.between(start, end).dividedBy(size) > MAX_BUCKETS) {
            throw new InvalidRequestException("bucket", "gives more than " + MAX_BUCKETS + " buckets: choose a "
                    + "larger one");
        }
        Collection<String> services = properties.services().keySet();
        if (service != null) {
            services = List.of(service);
        }
        return history(services, start, end, size, service != null && !properties.services().containsKey(service));
    }

    History history(Collection<String> services, Instant from, Instant to, Duration bucket, boolean unknown) {
        List<HealthSnapshots.Bucket> rows = snapshots.buckets(services, from, to, bucket);
        if (unknown && rows.isEmpty()) {
            throw new NotFoundException("Service", services.iterator().next());
        }
        Map<String, List<HealthSnapshots.Bucket>> byService = new TreeMap<>();
        Map<Instant, List<Integer>> byStart = new TreeMap<>();
        for (HealthSnapshots.Bucket row : rows) {
            byService.computeIfAbsent(row.service(), s -> new ArrayList<>()).add(row);
            byStart.computeIfAbsent(row.start(), s -> new ArrayList<>()).add(row.avgScore());
        }
        List<SystemBucket> system = new ArrayList<>();
        byStart.forEach((start, scores) -> {
            int score = (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
            system.add(new SystemBucket(start, score, HealthScore.systemStatus(score)));
        });
        List<ServiceSeries> series = new ArrayList<>();
        byService.forEach((name, buckets) -> series.add(new ServiceSeries(name, buckets)));
        return new History(from, to, bucket, system, series);
    }

    private static Duration parseBucket(String bucket) {
        if (bucket == null || bucket.isBlank()) {
            return Duration.ofHours(1);
        }
        Duration size;
        try {
            size = Duration.parse(bucket);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("bucket", "must be an ISO-8601 duration such as PT5M");
        }
        if (size.compareTo(MIN_BUCKET) < 0) {
            throw new InvalidRequestException("bucket", "must be at least a minute");
        }
        return size;
    }
}
