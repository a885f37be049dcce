package com.hockeyhub.admin.setting;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/** Request bodies of the settings API. */
public final class SettingRequests {

    private SettingRequests() {
    }

    /** A new value (any JSON the setting's type and rules accept). */
    public record NewValue(@NotNull JsonNode value) {
    }

    /** A new setting (super admins). */
    public record NewDefinition(
            @NotBlank @Size(max = 120) @Pattern(regexp = "^[a-z][a-z0-9_.-]*$") String key,
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z][a-z0-9_-]*$") String category,
            @NotNull SettingType type,
            @NotBlank @Size(max = 500) String description,
            boolean publicValue,
            boolean readOnly,
            BigDecimal min,
            BigDecimal max,
            @Size(max = 300) String pattern,
            @Size(max = 100) List<JsonNode> allowedValues,
            @NotNull JsonNode systemValue) {
    }
}
