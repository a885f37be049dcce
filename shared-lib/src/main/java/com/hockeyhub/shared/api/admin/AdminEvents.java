package com.hockeyhub.shared.api.admin;

import java.util.UUID;

/** Payloads of admin-service's events ({@code config.changed}, {@code feature.toggled}). */
public final class AdminEvents {

    private AdminEvents() {
    }

    /**
     * A setting's value changed in one scope ({@code system}, {@code organization}, {@code team}, {@code user});
     * {@code valueJson} is the new value as JSON, null when the scope's value was removed (it falls back again).
     */
    public record ConfigChanged(String key, String scope, UUID scopeId, UUID organizationId, String valueJson) {
    }

    /** A feature flag (a boolean setting of category {@code features}) was switched in one scope. */
    public record FeatureToggled(String key, String scope, UUID scopeId, UUID organizationId, Boolean enabled) {
    }
}
