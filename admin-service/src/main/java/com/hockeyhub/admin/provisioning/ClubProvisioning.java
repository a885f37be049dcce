package com.hockeyhub.admin.provisioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.admin.AdminProperties;
import com.hockeyhub.admin.setting.SettingDefinition;
import com.hockeyhub.admin.setting.SettingService;
import com.hockeyhub.shared.api.admin.ClubProvisioningDto;
import com.hockeyhub.shared.api.admin.ProvisionClubRequest;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.idempotency.IdempotencyStore;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * admin-service's part in user-service's CreateOrganizationSaga: "default configuration and feature flags" for a new
 * club and its compensation, both idempotent by the step's key (a retried step answers the first result without
 * acting again). The values come from {@code hockeyhub.admin.new-club}; values the club chose itself are kept.
 */
@Service
class ClubProvisioning {

    static final String PROVISION = "admin.provision-club";
    static final String UNPROVISION = "admin.unprovision-club";

    private final SettingService settings;
    private final IdempotencyStore idempotency;
    private final Map<String, JsonNode> defaults;

    ClubProvisioning(SettingService settings, IdempotencyStore idempotency, AdminProperties properties) {
        this.settings = settings;
        this.idempotency = idempotency;
        Map<String, JsonNode> values = new LinkedHashMap<>();
        properties.newClub().forEach((key, json) -> values.put(key, JsonMapper.shared().readTree(json)));
        this.defaults = Map.copyOf(values);
    }

    ClubProvisioningDto provision(IdempotencyKey key, ProvisionClubRequest request) {
        requireKey(key);
        return idempotency.execute(PROVISION, key, request, ClubProvisioningDto.class, () -> {
            return counts(request.organizationId(), settings.provision(request.organizationId(), defaults));
        });
    }

    ClubProvisioningDto unprovision(IdempotencyKey key, UUID organizationId) {
        requireKey(key);
        return idempotency.execute(UNPROVISION, key, organizationId, ClubProvisioningDto.class, () -> {
            return counts(organizationId, settings.unprovision(organizationId));
        });
    }

    /** How many settings and how many feature flags the step wrote (or its compensation removed). */
    private static ClubProvisioningDto counts(UUID organizationId, List<String> keys) {
        int flags = (int) keys.stream().filter(k -> k.startsWith(SettingDefinition.FEATURES + ".")).count();
        return new ClubProvisioningDto(organizationId, keys.size() - flags, flags);
    }

    private static void requireKey(IdempotencyKey key) {
        if (key == null) {
            throw new InvalidRequestException(IdempotencyKey.HEADER, "is required (the saga step's key)");
        }
    }
}
