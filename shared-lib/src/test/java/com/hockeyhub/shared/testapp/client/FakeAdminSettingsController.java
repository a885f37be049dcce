package com.hockeyhub.shared.testapp.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.hockeyhub.shared.api.admin.EffectiveSettingDto;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * admin-service's {@code GET /api/settings} with its path, parameters and DTO, so
 * {@link com.hockeyhub.shared.settings.EffectiveSettings} is checked over real HTTP inside shared-lib: system values
 * with per-club overrides, every call counted with its parameters and the caller's roles.
 */
@RestController
public class FakeAdminSettingsController {

    public record Call(UUID organizationId, UUID teamId, UUID userId, boolean serviceToken) {
    }

    private static final Map<String, String> SYSTEM = Map.of(
            "features.chat", "true", "features.workload_alerts", "false", "calendar.reminder_minutes", "60",
            "club.timezone", "\"Europe/Helsinki\"");

    private final Map<UUID, Map<String, String>> clubs = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    public void set(UUID organizationId, String key, String json) {
        clubs.computeIfAbsent(organizationId, id -> new ConcurrentHashMap<>()).put(key, json);
    }

    public List<Call> calls(UUID organizationId) {
        return calls.stream().filter(c -> c.organizationId().equals(organizationId)).toList();
    }

    /** The next {@code n} calls answer 503. */
    public void failNext(int n) {
        failures.set(n);
    }

    @GetMapping("/api/settings")
    ResponseEntity<List<EffectiveSettingDto>> effective(CurrentUser user, @RequestParam UUID organizationId,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) UUID userId) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        calls.add(new Call(organizationId, teamId, userId, user.hasRole(Role.SERVICE)));
        Map<String, String> club = clubs.getOrDefault(organizationId, Map.of());
        List<EffectiveSettingDto> result = new ArrayList<>();
        SYSTEM.forEach((key, value) -> {
            String own = club.get(key);
            result.add(new EffectiveSettingDto(key, key.substring(0, key.indexOf('.')), null,
                    parse(own == null ? value : own), own == null ? "system" : "organization"));
        });
        return ResponseEntity.ok(result);
    }

    private static JsonNode parse(String json) {
        return JsonMapper.shared().readTree(json);
    }
}
