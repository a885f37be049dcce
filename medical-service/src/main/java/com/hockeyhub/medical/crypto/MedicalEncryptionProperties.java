package com.hockeyhub.medical.crypto;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hockeyhub.medical.encryption.*}: the AES-GCM keys (Base64, 128/192/256 bit) by key id and the id of the
 * key new ciphertexts are written with. Keys that were active earlier stay listed so their ciphertexts still decrypt.
 */
@ConfigurationProperties("hockeyhub.medical.encryption")
public class MedicalEncryptionProperties {

    /** Key id of the public development key shipped in application.yml. */
    public static final String DEVELOPMENT_KEY_ID = "dev";

    private Map<String, String> keys = new LinkedHashMap<>();

    private String activeKeyId;

    /** When false, startup fails while the development key is the active key (production safety net). */
    private boolean allowDevelopmentKey = true;

    public Map<String, String> getKeys() {
        return keys;
    }

    public void setKeys(Map<String, String> keys) {
        this.keys = keys;
    }

    public String getActiveKeyId() {
        return activeKeyId;
    }

    public void setActiveKeyId(String activeKeyId) {
        this.activeKeyId = activeKeyId;
    }

    public boolean isAllowDevelopmentKey() {
        return allowDevelopmentKey;
    }

    public void setAllowDevelopmentKey(boolean allowDevelopmentKey) {
        this.allowDevelopmentKey = allowDevelopmentKey;
    }
}
