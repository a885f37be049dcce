package com.hockeyhub.user.auth;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.api.user.TokenResponse;
import com.hockeyhub.shared.db.AcrossClubs;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.security.SecretTokens;
import com.hockeyhub.shared.web.ApiException;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.user.family.FamilyService;
import com.hockeyhub.user.team.TeamService;
import com.hockeyhub.user.user.OwnAccount;
import com.hockeyhub.user.user.User;
import com.hockeyhub.user.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Register, login (with lockout), refresh rotation, logout, password reset and change, service tokens.
 * Login and refresh deliberately run without one surrounding transaction: failure records and revocations must
 * persist although the request fails.
 */
@Service
public class AuthService {

    private static final Logger log = LoggerFactory.getLogger(AuthService.class);
    private static final String BAD_CREDENTIALS = "The e-mail address or password is not correct";

    private final UserService users;
    private final TeamService teams;
    private final FamilyService families;
    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final LoginAttempts attempts;
    private final PasswordResets resets;
    private final ResetMailer mailer;
    private final AuthProperties properties;
    /** Compared against when the e-mail is unknown, so both cases cost one BCrypt check. */
    private final String dummyHash;

    public AuthService(UserService users, TeamService teams, FamilyService families, TokenIssuer issuer,
            RefreshTokens refreshTokens, LoginAttempts attempts, PasswordResets resets, ResetMailer mailer,
            AuthProperties properties, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.teams = teams;
        this.families = families;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.attempts = attempts;
        this.resets = resets;
        this.mailer = mailer;
        this.properties = properties;
        this.dummyHash = passwordEncoder.encode("not-a-real-password-" + UUID.randomUUID());
    }

    public TokenResponse register(AuthRequests.Register request) {
        return beforeSignIn(() -> {
            User user = users.register(new UserService.NewUser(request.email(), request.password(), request.firstName(),
                    request.lastName(), request.phone(), request.dateOfBirth(), null, null, null,
                    request.preferredLanguage()));
            return tokensFor(user);
        });
    }

    public TokenResponse login(AuthRequests.Login request, String ip) {
        return beforeSignIn(() -> {
            String email = UserService.normalizeEmail(request.email());
            if (attempts.isLocked(email)) {
                throw locked();
            }
            Optional<User> found = users.findByEmail(email);
            boolean matches = found.map(u -> users.passwordMatches(u, request.password()))
                    .orElseGet(() -> {
                        users.passwordMatchesHash(dummyHash, request.password());
                        return false;
                    });
            if (!matches) {
                boolean nowLocked = attempts.recordFailure(email, found.map(User::getId).orElse(null), ip);
                if (nowLocked) {
                    log.info("Login locked for {} after repeated failures", email);
                }
                throw new ApiException(ErrorCode.UNAUTHENTICATED, BAD_CREDENTIALS);
            }
            User user = found.get();
            if (!user.isActive()) {
                throw new ForbiddenException("This account is deactivated; contact your club");
            }
            attempts.recordSuccess(email, user.getId(), ip);
            users.recordLogin(user.getId());
            return tokensFor(user);
        });
    }

    public TokenResponse refresh(String refreshToken) {
        return beforeSignIn(() -> {
            RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken);
            if (rotation instanceof RefreshTokens.Reused reused) {
                log.warn("Reuse of a rotated refresh token for user {}: all of the user's refresh tokens revoked",
                        reused.userId());
                throw new ApiException(ErrorCode.UNAUTHENTICATED, "The refresh token is no longer valid; log in again");
            }
            if (!(rotation instanceof RefreshTokens.Rotated rotated)) {
                throw new ApiException(ErrorCode.UNAUTHENTICATED, "The refresh token is invalid or expired");
            }
            Optional<User> user = users.find(rotated.userId()).filter(User::isActive);
            if (user.isEmpty()) {
                refreshTokens.revokeAll(rotated.userId());
                throw new ApiException(ErrorCode.UNAUTHENTICATED, "The refresh token is invalid or expired");
            }
            return new TokenResponse(issuer.accessToken(identityOf(user.get())), "Bearer",
                    properties.getAccessTokenTtl().toSeconds(), rotated.token(),
                    properties.getRefreshTokenTtl().toSeconds());
        });
    }

    public void logout(String refreshToken) {
        beforeSignIn(() -> {
            refreshTokens.revokeFamily(refreshToken);
            return null;
        });
    }

    /**
     * Ends every session of a user: the caller's own, or — for a club admin — a member of their club who holds no
     * platform role. Another club's member is unknown here (404).
     */
    public void signOutEverywhere(CurrentUser caller, UUID userId) {
        UUID target = userId == null ? caller.id() : userId;
        if (!target.equals(caller.id()) && !caller.isPlatformWide()) {
            caller.requireAnyRole(Role.CLUB_ADMIN);
            Set<Role> roles = users.rolesIn(target, caller.requireOrganizationId());
            if (roles.isEmpty()) {
                throw new NotFoundException("User", target);
            }
            if (roles.contains(Role.SUPER_ADMIN)) {
                throw new ForbiddenException("A club admin cannot end a platform administrator's sessions");
            }
        }
        if (target.equals(caller.id())) {
            OwnAccount.call(() -> users.require(target));
        } else {
            users.require(target);
        }
        refreshTokens.revokeAll(target);
        log.info("User {} signed out everywhere by {}", target, caller.id());
    }

    /**
     * Always the same outcome for the caller; only a registered, active address gets a mail. The token is written
     * off the caller's thread with the mail, so a known address answers as fast as an unknown one (the writes made it
     * measurably slower: LoginTimingBenchmarkTest).
     */
    public void forgotPassword(String email) {
        beforeSignIn(() -> {
            users.findByEmail(UserService.normalizeEmail(email)).filter(User::isActive).ifPresent(user ->
                    mailer.inOrder(() -> mailer.sendResetLinkNow(user.getEmail(), user.getFirstName(),
                            resets.create(user.getId()))));
            return null;
        });
    }

    public void resetPassword(String token, String newPassword) {
        beforeSignIn(() -> {
            UUID userId = resets.consume(token)
                    .orElseThrow(() -> new InvalidRequestException("token", "is invalid, used or expired"));
            users.changePassword(userId, newPassword);
            refreshTokens.revokeAll(userId);
            users.find(userId).ifPresent(u -> attempts.unlock(u.getEmail()));
            return null;
        });
    }

    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        OwnAccount.call(() -> {
            User user = users.require(userId);
            if (!users.passwordMatches(user, currentPassword)) {
                throw new InvalidRequestException("currentPassword", "is not correct");
            }
            users.changePassword(userId, newPassword);
            refreshTokens.revokeAll(userId);
            return null;
        });
    }

    public TokenResponse serviceToken(String clientId, String clientSecret) {
        Map<String, String> clients = properties.getServiceClients();
        String expected = clients.get(clientId);
        if (expected == null || expected.isBlank() || !SecretTokens.same(expected, clientSecret)) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "Unknown client or wrong secret");
        }
        return new TokenResponse(issuer.serviceToken(clientId), "Bearer", properties.getServiceTokenTtl().toSeconds(),
                null, 0);
    }

    /**
     * Registration, login, refresh, logout and password reset come from someone not signed in: the account their
     * address or token names is found across clubs ({@link AcrossClubs}); anything else an anonymous request
     * reads states no club.
     */
    private static <T> T beforeSignIn(Supplier<T> work) {
        return AcrossClubs.call(work);
    }

    public AuthRequests.Me me(UUID userId) {
        User user = OwnAccount.call(() -> users.require(userId));
        TokenIssuer.Identity identity = identityOf(user);
        return new AuthRequests.Me(users.toDto(user, identity.organizationId()), identity.organizationId(),
                identity.roles().stream().map(Role::claimValue).sorted().toList(), List.copyOf(identity.teams()),
                List.copyOf(identity.children()));
    }

    /** What the access token says: the user's club, roles there, current teams and linked children. */
    public TokenIssuer.Identity identityOf(User user) {
        UUID org = users.primaryOrganization(user.getId());
        Set<Role> roles = new LinkedHashSet<>(users.rolesIn(user.getId(), org));
        // teams and children in the token's club only: the token speaks for that club
        return new TokenIssuer.Identity(user.getId(), user.getEmail(), org, roles,
                teams.activeTeamIdsOf(user.getId(), org), org == null ? Set.of() : families.childIdsOf(user.getId(), org));
    }

    private TokenResponse tokensFor(User user) {
        String access = issuer.accessToken(identityOf(user));
        String refresh = refreshTokens.issue(user.getId());
        return new TokenResponse(access, "Bearer", properties.getAccessTokenTtl().toSeconds(), refresh,
                properties.getRefreshTokenTtl().toSeconds());
    }

    private ApiException locked() {
        return new ApiException(ErrorCode.LOCKED, "Too many failed logins: the account is locked for "
                + properties.getLockDuration().toMinutes() + " minutes; reset the password to unlock it now");
    }
}
