package com.hockeyhub.admin.setting;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Settings", description = "Typed, validated settings with user → team → organization → system fallback")
class SettingController {

    private final SettingService settings;

    SettingController(SettingService settings) {
        this.settings = settings;
    }

    private static SettingScope scope(String value) {
        SettingScope scope = ApiEnums.param(SettingScope.class, "scope", value);
        if (scope == null) {
            throw new InvalidRequestException("scope", "is required: one of " + ApiEnums.values(SettingScope.class));
        }
        return scope;
    }

    @GetMapping("/api/settings/definitions")
    @Operation(summary = "The settings the suite knows (public ones; all for club admins and the platform)")
    List<SettingViews.Definition> definitions(CurrentUser user) {
        return settings.definitions(user);
    }

    @PostMapping("/api/settings/definitions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a new setting (super admins); 409 when the key exists")
    SettingViews.Definition define(CurrentUser user, @Valid @RequestBody SettingRequests.NewDefinition request) {
        return settings.define(request, user);
    }

    @GetMapping("/api/settings")
    @Operation(summary = "Every setting that applies to the caller (or the named team/user of the club), with its "
            + "source", description = "Platform callers name the club with organizationId.")
    List<SettingViews.Effective> effectiveAll(CurrentUser user,
            @RequestParam(required = false) UUID organizationId, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) UUID userId, @RequestParam(required = false) String category) {
        return settings.effectiveAll(settings.subject(user, organizationId, teamId, userId), category, user);
    }

    @GetMapping("/api/settings/{key}")
    @Operation(summary = "The value of one setting that applies, and where it comes from")
    SettingViews.Effective effective(CurrentUser user, @PathVariable String key,
            @RequestParam(required = false) UUID organizationId, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) UUID userId) {
        return settings.effective(key, settings.subject(user, organizationId, teamId, userId), user);
    }

    @PutMapping("/api/settings/{key}")
    @Operation(summary = "Set a setting's value in one scope",
            description = "scope: system (super admins), organization (club admins), team (club admins, the team's "
                    + "coaches; scopeId = team id) or user (the user, club admins; scopeId defaults to the caller). "
                    + "400 naming value when it breaks the setting's rules, 409 for a read-only setting.")
    SettingViews.Value set(CurrentUser user, @PathVariable String key,
            @Parameter(description = "system, organization, team or user") @RequestParam String scope,
            @RequestParam(required = false) UUID scopeId, @RequestParam(required = false) UUID organizationId,
            @Valid @RequestBody SettingRequests.NewValue request) {
        return settings.set(key, scope(scope), scopeId, organizationId,
                request.value(), user);
    }

    @DeleteMapping("/api/settings/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove one scope's value, so the next scope applies again")
    void remove(CurrentUser user, @PathVariable String key, @RequestParam String scope,
            @RequestParam(required = false) UUID scopeId, @RequestParam(required = false) UUID organizationId) {
        settings.remove(key, scope(scope), scopeId, organizationId, user);
    }
}
