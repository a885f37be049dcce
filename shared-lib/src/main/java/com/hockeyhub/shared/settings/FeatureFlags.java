package com.hockeyhub.shared.settings;

import java.util.UUID;

import com.hockeyhub.shared.client.RemoteServiceUnavailableException;
import com.hockeyhub.shared.security.CurrentUser;

/**
 * "Is flag X on for this club (team, person)?" — the boolean settings of category {@code features} as
 * {@link EffectiveSettings} reads and caches them. A flag admin-service does not know is off.
 * <pre>
 * if (flags.isEnabled("features.chat", SettingsSubject.of(user))) { ... }
 * </pre>
 */
public class FeatureFlags {

    private final EffectiveSettings settings;

    public FeatureFlags(EffectiveSettings settings) {
        this.settings = settings;
    }

    public boolean isEnabled(String flag, SettingsSubject subject) {
        return settings.getBoolean(flag, subject).orElse(false);
    }

    /** As {@link #isEnabled(String, SettingsSubject)}, but {@code whenUnavailable} while admin-service is down. */
    public boolean isEnabled(String flag, SettingsSubject subject, boolean whenUnavailable) {
        try {
            return isEnabled(flag, subject);
        } catch (RemoteServiceUnavailableException e) {
            return whenUnavailable;
        }
    }

    public boolean isEnabled(String flag, UUID organizationId) {
        return isEnabled(flag, SettingsSubject.club(organizationId));
    }

    public boolean isEnabled(String flag, UUID organizationId, UUID userId) {
        return isEnabled(flag, SettingsSubject.user(organizationId, userId));
    }

    /** For the caller of the current request, in their club. */
    public boolean isEnabled(String flag, CurrentUser user) {
        return isEnabled(flag, SettingsSubject.of(user));
    }
}
