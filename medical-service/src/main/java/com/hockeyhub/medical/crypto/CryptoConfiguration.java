package com.hockeyhub.medical.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    FieldCipher fieldCipher(MedicalEncryptionProperties properties) {
        FieldCipher cipher = new FieldCipher(properties.getKeys(), properties.getActiveKeyId());
        if (MedicalEncryptionProperties.DEVELOPMENT_KEY_ID.equals(cipher.activeKeyId())) {
            if (!properties.isAllowDevelopmentKey()) {
                throw new IllegalStateException("Medical data would be encrypted with the public development key; "
                        + "configure a real key (hockeyhub.medical.encryption.keys.<id> + active-key-id)");
            }
            log.warn("Medical data is encrypted with the PUBLIC DEVELOPMENT KEY; never use this set-up for real data");
        }
        return cipher;
    }
}
