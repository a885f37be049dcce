package com.hockeyhub.admin.setting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTag;

/** Every value a club has set (organization, team and user scope): the cached input of each effective lookup. */
public record ClubOverrides(UUID organizationId, List<Value> values) {

    public record Value(SettingScope scope, UUID scopeId, String key, String valueJson) {
    }

    public Optional<Value> find(SettingScope scope, UUID scopeId, String key) {
        if (scopeId == null) {
            return Optional.empty();
        }
        return values.stream().filter(v -> v.scope() == scope && v.scopeId().equals(scopeId) && v.key().equals(key))
                .findFirst();
    }

    public String tag() {
        return CacheTag.org(organizationId);
    }
}
