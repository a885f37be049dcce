package com.hockeyhub.medical.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM encryption of single text values. A ciphertext reads {@code enc:v1:<key id>:<base64(iv | ciphertext+tag)>}:
 * the key id travels with the value so keys can rotate (new values use the active key, old ones still decrypt), and
 * the key id is authenticated (AAD), so a value cannot be relabelled to another key. Every value gets a fresh
 * random 96-bit IV, so equal plaintexts never produce equal ciphertexts.
 */
public final class FieldCipher {

    static final String PREFIX = "enc";
    static final String FORMAT_VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(Map<String, String> base64Keys, String activeKeyId) {
        if (base64Keys == null || base64Keys.isEmpty()) {
            throw new IllegalStateException("No medical encryption keys configured (hockeyhub.medical.encryption.keys)");
        }
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        base64Keys.forEach((id, value) -> parsed.put(id, parseKey(id, value)));
        if (activeKeyId == null || !parsed.containsKey(activeKeyId)) {
            throw new IllegalStateException("The active medical encryption key id '" + activeKeyId
                    + "' is not among the configured keys " + parsed.keySet());
        }
        this.keys = Map.copyOf(parsed);
        this.activeKeyId = activeKeyId;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(activeKeyId));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + ":" + FORMAT_VERSION + ":" + activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 4);
        if (parts.length != 4 || !PREFIX.equals(parts[0]) || !FORMAT_VERSION.equals(parts[1])) {
            throw new CipherException("A value in an encrypted column is not in the enc:v1 format");
        }
        SecretKey key = keys.get(parts[2]);
        if (key == null) {
            throw new CipherException("No key configured for key id '" + parts[2] + "'");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[3]);
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                throw new CipherException("An encrypted value is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(aad(parts[2]));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new CipherException("An encrypted value failed authentication (tampered or wrong key)", e);
        }
    }

    /** The key id a stored value was encrypted with (for rotation reports), or null if it is not a ciphertext. */
    public static String keyIdOf(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 4);
        return parts.length == 4 && PREFIX.equals(parts[0]) ? parts[2] : null;
    }

    private static byte[] aad(String keyId) {
        return (PREFIX + ":" + FORMAT_VERSION + ":" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKey parseKey(String id, String base64) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException("Medical encryption key id '" + id + "' must match " + KEY_ID.pattern());
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Medical encryption key '" + id + "' is not valid Base64");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException("Medical encryption key '" + id + "' must be 16, 24 or 32 bytes, not "
                    + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    /** A stored value that cannot be decrypted: tampered, truncated, or encrypted with a key no longer configured. */
    public static class CipherException extends RuntimeException {

        public CipherException(String message) {
            super(message);
        }

        public CipherException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
