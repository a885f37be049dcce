package com.hockeyhub.shared.settings;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.hockeyhub.shared.api.admin.EffectiveSettingDto;
import com.hockeyhub.shared.client.AdminSettingsClient;
import com.hockeyhub.shared.client.RemoteServiceUnavailableException;
import com.hockeyhub.shared.client.ServiceTokenProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The settings that apply to a club, team or person, read from admin-service once per subject (one call answers
 * every setting) and kept in this process until a {@code config.changed} or {@code feature.toggled} event of the club
 * evicts them ({@link SettingsInvalidation}; a system-wide change evicts everything), or at most
 * {@code hockeyhub.settings.ttl}. When admin-service cannot answer, an expired entry is served rather than failing;
 * without one the {@link RemoteServiceUnavailableException} reaches the caller (a refusal such as 404 for a team
 * of another club always does).
 * <pre>
 * int minutes = settings.getInt("calendar.reminder_minutes", SettingsSubject.team(clubId, teamId)).orElse(60);
 * </pre>
 */
public class EffectiveSettings {

    private static final Logger log = LoggerFactory.getLogger(EffectiveSettings.class);

    private record Entry(Map<String, JsonNode> values, long fetchedAtNanos) {
    }

    private final AdminSettingsClient client;
    private final ServiceTokenProvider serviceTokens;
    private final SettingsProperties properties;
    private final LongSupplier nanoTime;
    private final Map<SettingsSubject, Entry> cache = new ConcurrentHashMap<>();
    // bumped by every eviction: a lookup that started before one does not store what it read
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong fetches = new AtomicLong();

    public EffectiveSettings(AdminSettingsClient client, ServiceTokenProvider serviceTokens,
            SettingsProperties properties) {
        this(client, serviceTokens, properties, System::nanoTime);
    }

    EffectiveSettings(AdminSettingsClient client, ServiceTokenProvider serviceTokens, SettingsProperties properties,
            LongSupplier nanoTime) {
        this.client = client;
        this.serviceTokens = serviceTokens;
        this.properties = properties;
        this.nanoTime = nanoTime;
    }

    /** Every setting that applies to the subject, key → JSON value. */
    public Map<String, JsonNode> all(SettingsSubject subject) {
        Entry cached = cache.get(subject);
        long now = nanoTime.getAsLong();
        if (cached != null && now - cached.fetchedAtNanos() < properties.getTtl().toNanos()) {
            return cached.values();
        }
        long before = generation.get();
        Map<String, JsonNode> values;
        try {
            values = fetch(subject);
        } catch (RemoteServiceUnavailableException e) {
            if (cached != null) {
                log.warn("admin-service cannot answer ({}); serving the settings of {} read earlier", e.getMessage(),
                        subject);
                return cached.values();
            }
            throw e;
        }
        if (generation.get() == before) {
            if (cache.size() >= properties.getMaxEntries()) {
                evictOne();
            }
            cache.put(subject, new Entry(values, now));
        }
        return values;
    }

    /** The value of {@code key} that applies to the subject; empty for a key admin-service does not know. */
    public Optional<JsonNode> find(String key, SettingsSubject subject) {
        return Optional.ofNullable(all(subject).get(key));
    }

    public Optional<String> getString(String key, SettingsSubject subject) {
        return find(key, subject).filter(JsonNode::isString).map(JsonNode::asString);
    }

    public Optional<Integer> getInt(String key, SettingsSubject subject) {
        return find(key, subject).filter(JsonNode::isNumber).map(JsonNode::asInt);
    }

    public Optional<Double> getNumber(String key, SettingsSubject subject) {
        return find(key, subject).filter(JsonNode::isNumber).map(JsonNode::asDouble);
    }

    public Optional<Boolean> getBoolean(String key, SettingsSubject subject) {
        return find(key, subject).filter(JsonNode::isBoolean).map(JsonNode::asBoolean);
    }

    /** Forgets what was read for one club (all its teams and people). */
    public void evictClub(UUID organizationId) {
        generation.incrementAndGet();
        cache.keySet().removeIf(subject -> subject.organizationId().equals(organizationId));
    }

    /** Forgets everything (a system value changed, or events may have been missed). */
    public void evictAll() {
        generation.incrementAndGet();
        cache.clear();
    }

    /** How many times admin-service was asked (for tests and diagnostics). */
    public long fetches() {
        return fetches.get();
    }

    private Map<String, JsonNode> fetch(SettingsSubject subject) {
        fetches.incrementAndGet();
        String authorization = serviceTokens.token().map(token -> "Bearer " + token).orElse(null);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (EffectiveSettingDto setting : client.effective(authorization, subject.organizationId(), subject.teamId(),
                subject.userId(), null)) {
            values.put(setting.key(), setting.value());
        }
        return Map.copyOf(values);
    }

    private void evictOne() {
        Iterator<SettingsSubject> keys = cache.keySet().iterator();
        if (keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
