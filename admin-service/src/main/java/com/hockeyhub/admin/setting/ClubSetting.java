package com.hockeyhub.admin.setting;

import java.util.UUID;

import com.hockeyhub.shared.entity.ClubScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A club's value of a setting for the whole club, one of its teams or one of its people. */
@Entity
@Table(name = "club_settings")
public class ClubSetting extends ClubScopedEntity {

    @Column(name = "scope", nullable = false, updatable = false)
    private SettingScope scope;

    @Column(name = "scope_id", nullable = false, updatable = false)
    private UUID scopeId;

    @Column(name = "setting_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "value_json", nullable = false)
    private String valueJson;

    /** Set by club provisioning (the onboarding saga), so its compensation removes exactly these. */
    @Column(name = "provisioned", nullable = false)
    private boolean provisioned;

    protected ClubSetting() {
    }

    public ClubSetting(UUID organizationId, SettingScope scope, UUID scopeId, String key, String valueJson,
            boolean provisioned) {
        super(organizationId);
        this.scope = scope;
        this.scopeId = scopeId;
        this.key = key;
        this.valueJson = valueJson;
        this.provisioned = provisioned;
    }

    /** A new value, chosen by a person: it is no longer provisioning's. */
    public boolean change(String valueJson) {
        boolean changed = !valueJson.equals(this.valueJson);
        this.valueJson = valueJson;
        this.provisioned = false;
        return changed;
    }

    public SettingScope getScope() {
        return scope;
    }

    public UUID getScopeId() {
        return scopeId;
    }

    public String getKey() {
        return key;
    }

    public String getValueJson() {
        return valueJson;
    }

    public boolean isProvisioned() {
        return provisioned;
    }
}
