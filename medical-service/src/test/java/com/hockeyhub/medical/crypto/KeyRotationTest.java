package com.hockeyhub.medical.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.medical.MedicalApiTestBase;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class KeyRotationTest extends MedicalApiTestBase {

    @Autowired
    KeyRotationService rotation;
    @Autowired
    MedicalEncryptionProperties properties;

    @Test
    void valuesMoveToTheActiveKeyAndBackWithoutChangingTheirPlaintext() throws Exception {
        Club club = club();
        UUID player = club.player();
        UUID injury = reportInjury(club, player, 2, "Rotated diagnosis", false);
        mvc.perform(postAs(club.self(player), wellnessJson(today(), "7.0", 3, 3, "rotated wellness"),
                "/api/players/{id}/wellness", player)).andExpect(status().isCreated());
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        Map<String, String> keys = new LinkedHashMap<>(properties.getKeys());
        keys.put("k2", Base64.getEncoder().encodeToString(raw));
        String before = jdbc.queryForObject("SELECT diagnosis FROM injuries WHERE id = ?", String.class, injury);

        Map<String, Integer> moved = rotation.reencrypt(new FieldCipher(keys, "k2"), club.id);
        assertThat(moved).containsEntry("injuries.diagnosis", 1).containsEntry("injuries.notes", 1)
                .containsEntry("wellness_entries.notes", 1);
        String rotated = jdbc.queryForObject("SELECT diagnosis FROM injuries WHERE id = ?", String.class, injury);
        assertThat(rotated).startsWith("enc:v1:k2:").isNotEqualTo(before);
        assertThat(new FieldCipher(keys, "k2").decrypt(rotated)).isEqualTo("Rotated diagnosis");
        assertThat(rotation.reencrypt(new FieldCipher(keys, "k2"), club.id).values()).as("nothing left to do")
                .containsOnly(0);

        // back to the application's active key, which reads them again
        rotation.reencrypt(new FieldCipher(keys, properties.getActiveKeyId()), club.id);
        mvc.perform(getAs(club.medical(), "/api/injuries/{id}", injury))
                .andExpect(jsonPath("$.diagnosis").value("Rotated diagnosis"));
        mvc.perform(getAs(club.medical(), "/api/players/{id}/wellness/latest", player))
                .andExpect(jsonPath("$.notes").value("rotated wellness"));

        mvc.perform(getAs(TestTokens.user(UUID.randomUUID()).roles(Role.SUPER_ADMIN).bearer(), "/api/encryption/keys"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activeKeyId").value("dev"));
        mvc.perform(postAs(club.medical(), "", "/api/encryption/rotate")).andExpect(status().isForbidden());
        mvc.perform(getAs(club.as(Role.CLUB_ADMIN), "/api/encryption/keys")).andExpect(status().isForbidden());
    }
}
