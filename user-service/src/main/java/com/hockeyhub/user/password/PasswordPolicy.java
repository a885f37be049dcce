package com.hockeyhub.user.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** 8-128 characters with an upper-case letter, a lower-case letter and a digit, and not a well-known password. */
public final class PasswordPolicy {

    static final String MESSAGE = "must be 8-128 characters with upper- and lower-case letters and a digit, "
            + "and not a common password";

    /**
     * Leaked passwords that the character rules alone would let through: a bundled frequency list
     * ({@code passwords/breached.txt}, about 18,000 entries of 8+ characters) plus the club world's own favourites.
     */
    private static final Set<String> BREACHED = breachedPasswords();

    private PasswordPolicy() {
    }

    public static boolean isStrong(String password) {
        if (password == null || password.length() < 8 || password.length() > 128) {
            return false;
        }
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        return upper && lower && digit && !isBreached(password);
    }

    /** Whether the password, in any letter case, is on the bundled list of leaked passwords. */
    public static boolean isBreached(String password) {
        return BREACHED.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> breachedPasswords() {
        Set<String> passwords = new HashSet<>(Set.of("hockey123", "hockey1234", "hockey2025", "hockey2026",
                "summer2025", "winter2025", "password2025", "password2026"));
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/passwords/breached.txt")) {
            if (in == null) {
                throw new IllegalStateException("passwords/breached.txt is missing from the classpath");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }

    public static class Validator implements ConstraintValidator<StrongPassword, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isStrong(value);
        }
    }
}
