package com.hockeyhub.admin.setting;

import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTags;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The hot read: a club's values, cached per club and tagged with it (every write to the club evicts the tag). */
@Component
class ClubOverridesCache {

    static final String CACHE = "club-settings";

    private final ClubSettingRepository settings;

    ClubOverridesCache(ClubSettingRepository settings) {
        this.settings = settings;
    }

    @Cacheable(cacheNames = CACHE, key = "#organizationId", sync = true)
    @CacheTags("#result.tag()")
    @Transactional(readOnly = true)
    public ClubOverrides of(UUID organizationId) {
        return new ClubOverrides(organizationId, settings.findByOrganizationId(organizationId).stream()
                .map(s -> new ClubOverrides.Value(s.getScope(), s.getScopeId(), s.getKey(), s.getValueJson()))
                .toList());
    }
}
