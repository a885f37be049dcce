package com.hockeyhub.shared.client;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.admin.EffectiveSettingDto;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * admin-service's effective settings and feature flags ({@code hockeyhub.clients.admin-service.url}): the values
 * that apply to a club, one of its teams and one of its people after the user → team → organization → system
 * fallback. {@code authorization} overrides the token the call would carry (null: the caller's own inside a
 * request, else this service's token); {@link com.hockeyhub.shared.settings.EffectiveSettings} always passes the
 * service token, so what it caches does not depend on who asked first.
 */
@HttpExchange("/api/settings")
public interface AdminSettingsClient {

    String TARGET = AdminServiceClient.TARGET;

    /** Every setting (of {@code category}, or all) that applies to the subject. */
    @GetExchange
    List<EffectiveSettingDto> effective(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam UUID organizationId, @RequestParam(required = false) UUID teamId,
            @RequestParam(required = false) UUID userId, @RequestParam(required = false) String category);

    /** One setting that applies to the subject ({@link RemoteNotFoundException} for an unknown key). */
    @GetExchange("/{key}")
    EffectiveSettingDto effective(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String key, @RequestParam UUID organizationId,
            @RequestParam(required = false) UUID teamId, @RequestParam(required = false) UUID userId);
}
