package com.hockeyhub.user.user;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.user.Validation;
import com.hockeyhub.user.password.StrongPassword;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the user directory. */
public final class UserRequests {

    private UserRequests() {
    }

    /** A club admin adds a person to their club. Without a password the person sets one via forgot-password. */
    public record CreateUser(
            @NotBlank @Size(max = 254) @Pattern(regexp = Validation.EMAIL, message = "must be a valid e-mail address") String email,
            @StrongPassword String password,
            @NotBlank @Size(max = 100) @Pattern(regexp = Validation.NAME, message = Validation.NAME_MESSAGE) String firstName,
            @NotBlank @Size(max = 100) @Pattern(regexp = Validation.NAME, message = Validation.NAME_MESSAGE) String lastName,
            @Pattern(regexp = Validation.PHONE, message = "must be a phone number") String phone,
            @Past LocalDate dateOfBirth,
            @Min(1) @Max(99) Integer jerseyNumber,
            Position position,
            Handedness handedness,
            @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$", message = "must be a language tag such as en or fi-FI") String preferredLanguage,
            @NotEmpty @Size(max = 10) List<@NotBlank String> roles,
            UUID organizationId) {
    }

    /** Partial update: absent (null) fields stay as they are. {@code active} only for club admins. */
    public record UpdateUser(
            @Size(max = 254) @Pattern(regexp = Validation.EMAIL, message = "must be a valid e-mail address") String email,
            @Size(min = 1, max = 100) @Pattern(regexp = Validation.NAME, message = Validation.NAME_MESSAGE) String firstName,
            @Size(min = 1, max = 100) @Pattern(regexp = Validation.NAME, message = Validation.NAME_MESSAGE) String lastName,
            @Pattern(regexp = Validation.PHONE, message = "must be a phone number") String phone,
            @Past LocalDate dateOfBirth,
            @Min(1) @Max(99) Integer jerseyNumber,
            Position position,
            Handedness handedness,
            @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$", message = "must be a language tag such as en or fi-FI") String preferredLanguage,
            Boolean active,
            Long version) {
    }

    public record ReplaceRoles(@NotNull @NotEmpty @Size(max = 10) List<@NotBlank String> roles) {
    }
}
