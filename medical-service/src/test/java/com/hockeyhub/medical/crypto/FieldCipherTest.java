package com.hockeyhub.medical.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    private static final String KEY_A = randomKey(32);
    private static final String KEY_B = randomKey(32);

    @Test
    void roundTripsAndNeverRepeatsACiphertext() {
        FieldCipher cipher = new FieldCipher(Map.of("a", KEY_A), "a");
        String first = cipher.encrypt("Grade 2 MCL sprain, left knee");
        String second = cipher.encrypt("Grade 2 MCL sprain, left knee");

        assertThat(first).startsWith("enc:v1:a:").doesNotContain("MCL").isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("Grade 2 MCL sprain, left knee");
        assertThat(cipher.decrypt(second)).isEqualTo("Grade 2 MCL sprain, left knee");
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
        assertThat(cipher.decrypt(cipher.encrypt("Ærø – 脳震盪"))).isEqualTo("Ærø – 脳震盪");
    }

    @Test
    void oldCiphertextsStillDecryptAfterTheActiveKeyRotates() {
        String old = new FieldCipher(Map.of("a", KEY_A), "a").encrypt("concussion");
        Map<String, String> both = new LinkedHashMap<>();
        both.put("a", KEY_A);
        both.put("b", KEY_B);
        FieldCipher rotated = new FieldCipher(both, "b");

        assertThat(rotated.decrypt(old)).isEqualTo("concussion");
        String fresh = rotated.encrypt("concussion");
        assertThat(FieldCipher.keyIdOf(fresh)).isEqualTo("b");
        assertThat(FieldCipher.keyIdOf(old)).isEqualTo("a");
    }

    @Test
    void aTamperedOrRelabelledValueIsRejected() {
        Map<String, String> both = new LinkedHashMap<>();
        both.put("a", KEY_A);
        both.put("b", KEY_A);
        FieldCipher cipher = new FieldCipher(both, "a");
        String stored = cipher.encrypt("fracture");
        byte[] raw = Base64.getDecoder().decode(stored.substring("enc:v1:a:".length()));
        raw[raw.length - 1] ^= 1;
        String tampered = "enc:v1:a:" + Base64.getEncoder().encodeToString(raw);
        // same key material under another id: the key id is authenticated, so the relabelled value fails
        String relabelled = stored.replace("enc:v1:a:", "enc:v1:b:");

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(FieldCipher.CipherException.class);
        assertThatThrownBy(() -> cipher.decrypt(relabelled)).isInstanceOf(FieldCipher.CipherException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain text")).isInstanceOf(FieldCipher.CipherException.class);
        assertThatThrownBy(() -> cipher.decrypt("enc:v1:zz:AAAA")).isInstanceOf(FieldCipher.CipherException.class)
                .hasMessageContaining("zz");
        assertThatThrownBy(() -> cipher.decrypt("enc:v1:a:AAAA")).isInstanceOf(FieldCipher.CipherException.class);
    }

    @Test
    void misconfiguredKeysFailAtStartup() {
        assertThatThrownBy(() -> new FieldCipher(Map.of(), "a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FieldCipher(Map.of("a", KEY_A), "b"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'b'");
        assertThatThrownBy(() -> new FieldCipher(Map.of("a", randomKey(20)), "a"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("16, 24 or 32");
        assertThatThrownBy(() -> new FieldCipher(Map.of("a", "not base64!"), "a"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Base64");
        assertThatThrownBy(() -> new FieldCipher(Map.of("a:b", KEY_A), "a:b"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
