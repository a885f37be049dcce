package com.hockeyhub.user.password;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rules, without Spring: character classes, length, and the bundled list of leaked passwords. */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Password1", "Qwerty123", "Charlie1", "Baseball1", "Michael1", "Jordan23", "Canucks1",
            "Hockey12", "Trustno1"})
    void leakedPasswordsAreRefusedInAnyLetterCaseThoughTheyMeetTheCharacterRules(String leaked) {
        assertThat(leaked.chars().anyMatch(Character::isUpperCase) && leaked.chars().anyMatch(Character::isDigit))
                .isTrue();
        assertThat(PasswordPolicy.isBreached(leaked)).isTrue();
        assertThat(PasswordPolicy.isStrong(leaked)).isFalse();
        assertThat(PasswordPolicy.isStrong(leaked.toUpperCase().charAt(0) + leaked.substring(1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Demo-Hockey-2026", "Zamboni-Night-47", "Wrist5hot-Top-Shelf"})
    void passwordsNotOnTheListThatMeetTheRulesAreAccepted(String password) {
        assertThat(PasswordPolicy.isBreached(password)).isFalse();
        assertThat(PasswordPolicy.isStrong(password)).isTrue();
    }

    @Test
    void theCharacterAndLengthRulesStillHold() {
        assertThat(PasswordPolicy.isStrong("Sh0rt")).isFalse();
        assertThat(PasswordPolicy.isStrong("no-upper-case-9")).isFalse();
        assertThat(PasswordPolicy.isStrong("NO-LOWER-CASE-9")).isFalse();
        assertThat(PasswordPolicy.isStrong("No-Digits-Here")).isFalse();
        assertThat(PasswordPolicy.isStrong("Aa1" + "x".repeat(126))).isFalse();
        assertThat(PasswordPolicy.isStrong(null)).isFalse();
    }
}
