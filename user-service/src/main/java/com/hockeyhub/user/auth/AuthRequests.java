package com.hockeyhub.user.auth;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.user.UserDto;
import com.hockeyhub.user.Validation;
import com.hockeyhub.user.password.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class AuthRequests {

    private AuthRequests() {
    }

    public record Register(
            @NotBlank @Size(max = 254) @Pattern(regexp = Validation.EMAIL, message = "must be a valid e-mail address") String email,
            @NotNull @StrongPassword String password,
            @NotBlank @Size(max = 100) @Pattern(regexp = Validation.NAME, message = Validation.NAME_MESSAGE) String firstName,
            @NotBlank @Size(max = 100) @Pattern(regexp = Validation.NAME, message = Validation.NAME_MESSAGE) String lastName,
            @Pattern(regexp = Validation.PHONE, message = "must be a phone number") String phone,
            @Past LocalDate dateOfBirth,
            @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$", message = "must be a language tag such as en or fi-FI") String preferredLanguage) {
    }

    public record Login(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {
    }

    public record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    public record ForgotPassword(
            @NotBlank @Size(max = 254) @Pattern(regexp = Validation.EMAIL, message = "must be a valid e-mail address") String email) {
    }

    public record ResetPassword(@NotBlank @Size(max = 200) String token, @NotNull @StrongPassword String newPassword) {
    }

    public record ConfirmEmail(@NotBlank @Size(max = 200) String token) {
    }

    public record ChangePassword(@NotBlank @Size(max = 128) String currentPassword,
                                 @NotNull @StrongPassword String newPassword) {
    }

    /** The same answer for every forgot-password request. */
    public record Accepted(String message) {
    }

    /** {@code GET /api/auth/me}: the user and what their token says about them. */
    public record Me(UserDto user, UUID organizationId, List<String> roles, List<UUID> teams, List<UUID> children) {
    }
}
