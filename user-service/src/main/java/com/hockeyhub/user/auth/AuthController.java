package com.hockeyhub.user.auth;

import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.api.user.ServiceTokenRequest;
import com.hockeyhub.shared.api.user.TokenResponse;
import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication", description = "Tokens, passwords and the public signing key")
class AuthController {

    private static final String FORGOT_ANSWER = "If an account exists for this address, a reset link is on its way.";

    private final AuthService auth;
    private final JwtKeys keys;
    private final EmailChanges emailChanges;

    AuthController(AuthService auth, JwtKeys keys, EmailChanges emailChanges) {
        this.auth = auth;
        this.keys = keys;
        this.emailChanges = emailChanges;
    }

    @PostMapping("/api/auth/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (without a club) and log in")
    TokenResponse register(@Valid @RequestBody AuthRequests.Register request) {
        return auth.register(request);
    }

    @PostMapping("/api/auth/login")
    @Operation(summary = "Log in; 401 for wrong credentials (never telling whether the e-mail exists), "
            + "423 after 5 failures in 15 minutes, for 30 minutes")
    TokenResponse login(@Valid @RequestBody AuthRequests.Login request, HttpServletRequest http) {
        return auth.login(request, http.getRemoteAddr());
    }

    @PostMapping("/api/auth/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens (rotation); reusing an old one revokes all")
    TokenResponse refresh(@Valid @RequestBody AuthRequests.Refresh request) {
        return auth.refresh(request.refreshToken());
    }

    @PostMapping("/api/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the session of this refresh token")
    void logout(@Valid @RequestBody AuthRequests.Refresh request) {
        auth.logout(request.refreshToken());
    }

    @PostMapping("/api/auth/sign-out-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End every session of a user: refresh tokens, and access tokens in every service within "
            + "seconds", description = "Without userId: the caller. A club admin may name a member of their club.")
    void signOutEverywhere(CurrentUser user, @RequestParam(required = false) UUID userId) {
        auth.signOutEverywhere(user, userId);
    }

    @GetMapping("/api/auth/me")
    @Operation(summary = "The caller, with the club, roles, teams and children their token carries")
    AuthRequests.Me me(CurrentUser user) {
        if (user.isService()) {
            throw new NotFoundException("A service token has no user");
        }
        return auth.me(user.id());
    }

    @PostMapping("/api/auth/forgot-password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail a reset link; the answer is the same whether or not the address is registered")
    AuthRequests.Accepted forgotPassword(@Valid @RequestBody AuthRequests.ForgotPassword request) {
        auth.forgotPassword(request.email());
        return new AuthRequests.Accepted(FORGOT_ANSWER);
    }

    @PostMapping("/api/auth/reset-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with a reset token (single use, 1 hour); ends all sessions")
    void resetPassword(@Valid @RequestBody AuthRequests.ResetPassword request) {
        auth.resetPassword(request.token(), request.newPassword());
    }

    @PostMapping("/api/auth/confirm-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm a new e-mail address with the code mailed to it (single use, 24 hours); "
            + "the address changes and all sessions end")
    void confirmEmail(@Valid @RequestBody AuthRequests.ConfirmEmail request) {
        // anonymous: the code names the account, in whichever club (as reset-password does)
        AcrossClubs.call(() -> emailChanges.confirm(request.token()));
    }

    @PostMapping("/api/auth/change-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the caller's password; ends all sessions")
    void changePassword(@Valid @RequestBody AuthRequests.ChangePassword request, CurrentUser user) {
        auth.changePassword(user.id(), request.currentPassword(), request.newPassword());
    }

    @PostMapping("/api/auth/service-token")
    @Operation(summary = "Client credentials for Hockey Hub services: a short-lived token with role service")
    TokenResponse serviceToken(@Valid @RequestBody ServiceTokenRequest request) {
        return auth.serviceToken(request.clientId(), request.clientSecret());
    }

    @GetMapping("/.well-known/jwks.json")
    @Operation(summary = "The public RS256 key(s) every service validates tokens with")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicJwkSet().toJSONObject());
    }
}
