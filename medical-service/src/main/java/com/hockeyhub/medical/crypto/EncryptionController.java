package com.hockeyhub.medical.crypto;

import java.util.Map;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/encryption")
@Tag(name = "Encryption", description = "Key rotation of the encrypted medical columns (platform operators)")
class EncryptionController {

    private final KeyRotationService rotation;
    private final FieldCipher cipher;

    EncryptionController(KeyRotationService rotation, FieldCipher cipher) {
        this.rotation = rotation;
        this.cipher = cipher;
    }

    record KeyStatus(String activeKeyId, Map<String, Map<String, Long>> valuesByKeyId) {
    }

    @GetMapping("/keys")
    @Operation(summary = "Which key ids the stored values use (no values, no keys)")
    KeyStatus status(CurrentUser user) {
        requireOperator(user);
        return new KeyStatus(cipher.activeKeyId(), rotation.keyUsage());
    }

    @PostMapping("/rotate")
    @Operation(summary = "Re-encrypt every value still under an older key with the active key",
            description = "Run after making a new key active (old keys stay configured until this finished).")
    Map<String, Integer> rotate(CurrentUser user) {
        requireOperator(user);
        return rotation.reencrypt(cipher, null);
    }

    private static void requireOperator(CurrentUser user) {
        if (!user.isSuperAdmin()) {
            throw new ForbiddenException("Only platform operators manage encryption keys");
        }
    }
}
