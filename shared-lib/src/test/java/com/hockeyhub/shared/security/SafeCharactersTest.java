package com.hockeyhub.shared.security;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCharactersTest {

    /** StrictHttpFirewall's default rule for header names and values, which SafeCharacters replaces. */
    private static final Pattern FIREWALL_DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void agreesWithTheFirewallsRegexOnEveryCodePoint() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (Character.getType(codePoint) == Character.SURROGATE) {
                continue;
            }
            String value = "ab" + new String(Character.toChars(codePoint)) + "cd";
            assertThat(SafeCharacters.INSTANCE.test(value))
                    .as("U+%04X", codePoint)
                    .isEqualTo(FIREWALL_DEFAULT.matcher(value).matches());
        }
    }

    @Test
    void acceptsTokensAndTextRejectsControlAndUnassignedCharacters() {
        assertThat(SafeCharacters.INSTANCE.test("")).isTrue();
        assertThat(SafeCharacters.INSTANCE.test("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")).isTrue();
        assertThat(SafeCharacters.INSTANCE.test("Åsa Öberg – Mäkinen 🏒")).isTrue();
        assertThat(SafeCharacters.INSTANCE.test("line\nbreak")).isFalse();
        assertThat(SafeCharacters.INSTANCE.test("tab\there")).isFalse();
        assertThat(SafeCharacters.INSTANCE.test("nul\u0000")).isFalse();
        assertThat(SafeCharacters.INSTANCE.test("del\u007F")).isFalse();
        assertThat(SafeCharacters.INSTANCE.test("unassigned\u0378")).isFalse();
        assertThat(SafeCharacters.INSTANCE.test("lone surrogate\uD800")).isEqualTo(
                FIREWALL_DEFAULT.matcher("lone surrogate\uD800").matches());
    }
}
