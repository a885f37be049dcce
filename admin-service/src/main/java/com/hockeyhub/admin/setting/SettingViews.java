package com.hockeyhub.admin.setting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the settings API answers. */
public final class SettingViews {

    private SettingViews() {
    }

    /** The value that applies and where it comes from: user, team, organization or system. */
    public record Effective(String key, String category, SettingType type, JsonNode value, SettingScope source) {
    }

    /** One scope's value. */
    public record Value(String key, SettingScope scope, UUID scopeId, UUID organizationId, JsonNode value,
                        Instant updatedAt) {

        static Value of(ClubSetting setting) {
            return new Value(setting.getKey(), setting.getScope(), setting.getScopeId(), setting.getOrganizationId(),
                    parse(setting.getValueJson()), setting.getUpdatedAt());
        }

        static Value system(SettingDefinition definition) {
            return new Value(definition.getKey(), SettingScope.SYSTEM, null, null,
                    parse(definition.getSystemValue()), definition.getUpdatedAt());
        }
    }

    public record Definition(String key, String category, SettingType type, String description, boolean publicValue,
                             boolean readOnly, BigDecimal min, BigDecimal max, String pattern,
                             List<JsonNode> allowedValues, JsonNode systemValue) {

        static Definition of(SettingDefinition d) {
            return new Definition(d.getKey(), d.getCategory(), d.getType(), d.getDescription(), d.isPublicValue(),
                    d.isReadOnly(), d.getMin(), d.getMax(), d.getPattern(), d.allowed(), parse(d.getSystemValue()));
        }
    }

    static JsonNode parse(String json) {
        return JsonMapper.shared().readTree(json);
    }
}
