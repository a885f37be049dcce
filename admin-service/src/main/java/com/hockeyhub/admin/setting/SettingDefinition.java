package com.hockeyhub.admin.setting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.hockeyhub.shared.entity.BaseEntity;
import com.hockeyhub.shared.web.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a setting is: its key, type and rules, whether club members may read it ({@code public}), whether it may
 * change at all ({@code readOnly}), and the system value every scope falls back to. Feature flags are the boolean
 * settings of category {@value #FEATURES}.
 */
@Entity
@Table(name = "setting_definitions")
public class SettingDefinition extends BaseEntity {

    public static final String FEATURES = "features";
    private static final int MAX_STRING = 2000;
    private static final int MAX_JSON = 20_000;

    @Column(name = "setting_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "value_type", nullable = false, updatable = false)
    private SettingType type;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "public_value", nullable = false)
    private boolean publicValue;

    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    @Column(name = "min_value")
    private BigDecimal min;

    @Column(name = "max_value")
    private BigDecimal max;

    @Column(name = "pattern")
    private String pattern;

    /** JSON array of the allowed values, or null. */
    @Column(name = "allowed_values")
    private String allowedValues;

    @Column(name = "system_value", nullable = false)
    private String systemValue;

    protected SettingDefinition() {
    }

    public SettingDefinition(String key, String category, SettingType type, String description, boolean publicValue,
            boolean readOnly, BigDecimal min, BigDecimal max, String pattern, List<JsonNode> allowedValues,
            JsonNode systemValue) {
        this.key = key;
        this.category = category;
        this.type = type;
        this.description = description;
        this.publicValue = publicValue;
        this.readOnly = readOnly;
        this.min = min;
        this.max = max;
        this.pattern = pattern;
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new InvalidRequestException("pattern", "is not a valid regular expression");
            }
        }
        if (FEATURES.equals(category) && type != SettingType.BOOLEAN) {
            throw new InvalidRequestException("type", "feature flags (category features) are boolean");
        }
        this.allowedValues = allowedValues == null || allowedValues.isEmpty() ? null
                : JsonMapper.shared().writeValueAsString(allowedValues);
        this.systemValue = checked(systemValue, "systemValue");
    }

    /**
     * The value as stored JSON, if it is one this setting accepts; otherwise 400 naming {@code field} with the rule
     * it breaks.
     */
    public String checked(JsonNode value, String field) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw new InvalidRequestException(field, "is required");
        }
        if (!type.accepts(value)) {
            throw new InvalidRequestException(field, "must be a " + type.value() + " for " + key);
        }
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (min != null && number.compareTo(min) < 0) {
                throw new InvalidRequestException(field, "must be at least " + min.stripTrailingZeros().toPlainString());
            }
            if (max != null && number.compareTo(max) > 0) {
                throw new InvalidRequestException(field, "must be at most " + max.stripTrailingZeros().toPlainString());
            }
        }
        if (value.isString()) {
            String text = value.asString();
            if (text.length() > MAX_STRING) {
                throw new InvalidRequestException(field, "must be at most " + MAX_STRING + " characters");
            }
            if (pattern != null && !Pattern.compile(pattern).matcher(text).matches()) {
                throw new InvalidRequestException(field, "does not match the pattern of " + key);
            }
        }
        List<JsonNode> allowed = allowed();
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw new InvalidRequestException(field, "must be one of " + allowedValues);
        }
        String json = JsonMapper.shared().writeValueAsString(value);
        if (json.length() > MAX_JSON) {
            throw new InvalidRequestException(field, "is too large (at most " + MAX_JSON + " characters of JSON)");
        }
        return json;
    }

    /** A super admin's new system value (read-only keys too: they are read-only for clubs). */
    public void changeSystemValue(JsonNode value) {
        this.systemValue = checked(value, "value");
    }

    public boolean isFeatureFlag() {
        return FEATURES.equals(category);
    }

    public List<JsonNode> allowed() {
        if (allowedValues == null) {
            return List.of();
        }
        List<JsonNode> values = new ArrayList<>();
        JsonMapper.shared().readTree(allowedValues).forEach(values::add);
        return values;
    }

    public String getKey() {
        return key;
    }

    public String getCategory() {
        return category;
    }

    public SettingType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public boolean isPublicValue() {
        return publicValue;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public BigDecimal getMin() {
        return min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public String getPattern() {
        return pattern;
    }

    public String getSystemValue() {
        return systemValue;
    }
}
