package com.hockeyhub.admin.feature;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.admin.setting.SettingDefinition;
import com.hockeyhub.admin.setting.SettingScope;
import com.hockeyhub.admin.setting.SettingService;
import com.hockeyhub.admin.setting.SettingViews;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.BooleanNode;

@RestController
@Tag(name = "Feature flags", description = "Boolean settings of category features, with the same scopes")
class FeatureController {

    record Toggle(@NotNull Boolean enabled) {
    }

    private final SettingService settings;

    FeatureController(SettingService settings) {
        this.settings = settings;
    }

    @GetMapping("/api/features")
    @Operation(summary = "Whether each feature is on for the caller (or the named team/user of the club)")
    Map<String, Boolean> flags(CurrentUser user, @RequestParam(required = false) UUID organizationId,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) UUID userId) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (SettingViews.Effective e : settings.effectiveAll(settings.subject(user, organizationId, teamId, userId),
                SettingDefinition.FEATURES, user)) {
            flags.put(e.key(), e.value().asBoolean());
        }
        return flags;
    }

    @PutMapping("/api/features/{key}")
    @Operation(summary = "Switch a feature in one scope (publishes feature.toggled)",
            description = "scope and scopeId as for PUT /api/settings/{key}; 404 for a key that is not a flag.")
    SettingViews.Value toggle(CurrentUser user, @PathVariable String key, @RequestParam String scope,
            @RequestParam(required = false) UUID scopeId, @RequestParam(required = false) UUID organizationId,
            @Valid @RequestBody Toggle toggle) {
        if (!settings.isFeatureFlag(key)) {
            throw new NotFoundException("Feature flag", key);
        }
        SettingScope target = ApiEnums.param(SettingScope.class, "scope", scope);
        if (target == null) {
            throw new InvalidRequestException("scope", "is required: one of " + ApiEnums.values(SettingScope.class));
        }
        return settings.set(key, target, scopeId, organizationId, BooleanNode.valueOf(toggle.enabled()), user);
    }
}
