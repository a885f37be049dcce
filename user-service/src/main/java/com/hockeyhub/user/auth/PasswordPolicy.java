package com.hockeyhub.user.auth;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** 8-128 characters with an upper-case letter, a lower-case letter and a digit, and not a well-known password. */
public final class PasswordPolicy {

    static final String MESSAGE = "must be 8-128 characters with upper- and lower-case letters and a digit, "
            + "and not a common password";

    /** Frequently breached passwords that still satisfy the character rules. */
    private static final Set<String> COMMON = Set.of("password1", "password12", "password123", "passw0rd",
            "p@ssw0rd", "welcome1", "welcome123", "qwerty123", "qwertyuiop1", "abc12345", "abcd1234", "iloveyou1",
            "letmein1", "admin123", "administrator1", "changeme1", "sunshine1", "football1", "baseball1",
            "hockey123", "hockey1234", "monkey123", "dragon123", "master123", "trustno1", "superman1", "princess1",
            "summer2024", "summer2025", "winter2024", "winter2025", "spring2025", "autumn2025", "january2025",
            "password2024", "password2025", "password2026", "qwerty1234", "1q2w3e4r", "zaq12wsx", "1qaz2wsx");

    private PasswordPolicy() {
    }

    public static boolean isStrong(String password) {
        if (password == null || password.length() < 8 || password.length() > 128) {
            return false;
        }
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        return upper && lower && digit && !COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    public static class Validator implements ConstraintValidator<StrongPassword, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isStrong(value);
        }
    }
}
